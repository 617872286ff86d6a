import type { Actor } from "@/lib/auth/actor";
import { editOutline } from "@/lib/modules/edit-outline";
import { contentIdsOf, writePositions } from "@/lib/modules/positions";
import { discardStoredFiles } from "./discard-files";
import { readContentRow } from "./find-content";

/** Deletes a content; the ones after it move up. Its file, if any, leaves storage once committed. */
export async function deleteContent(actor: Actor, courseId: number, moduleId: number, contentId: number): Promise<void> {
  const fileKey = await editOutline(actor, courseId, async (tx) => {
    const row = await readContentRow(tx, courseId, moduleId, contentId);
    await tx.content.delete({ where: { id: contentId } });
    await writePositions(tx, "content", await contentIdsOf(tx, moduleId));
    return row.fileKey;
  });
  await discardStoredFiles([fileKey]);
}
