import type { Actor } from "@/lib/auth/actor";
import { editOutline } from "@/lib/modules/edit-outline";
import { contentIdsOf, writePositions } from "@/lib/modules/positions";
import { discardStoredFiles } from "./discard-files";
import { readContentRow } from "./find-content";
import { submittedFileKeys } from "./submitted-files";

/**
 * Deletes a content; the ones after it move up. Its file and the files students handed in
 * for it leave storage once committed.
 */
export async function deleteContent(actor: Actor, courseId: number, moduleId: number, contentId: number): Promise<void> {
  const fileKeys = await editOutline(
    actor,
    courseId,
    async (tx) => {
      const row = await readContentRow(tx, courseId, moduleId, contentId);
      const handedIn = await submittedFileKeys(tx, { contentId });
      await tx.content.delete({ where: { id: contentId } });
      await writePositions(tx, "content", await contentIdsOf(tx, moduleId));
      return [row.fileKey, ...handedIn];
    },
    { reprogress: true },
  );
  await discardStoredFiles(fileKeys);
}
