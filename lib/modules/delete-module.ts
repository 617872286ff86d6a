import type { Actor } from "@/lib/auth/actor";
import { discardStoredFiles } from "@/lib/contents/discard-files";
import { submittedFileKeys } from "@/lib/contents/submitted-files";
import { editOutline } from "./edit-outline";
import { findModuleIn } from "./find-module";
import { moduleIdsOf, writePositions } from "./positions";

/** Deletes a module with its contents; the modules after it move up. Their files follow once committed. */
export async function deleteModule(actor: Actor, courseId: number, moduleId: number): Promise<void> {
  const fileKeys = await editOutline(actor, courseId, async (tx) => {
    await findModuleIn(tx, courseId, moduleId);
    const files = await tx.content.findMany({ where: { moduleId, fileKey: { not: null } }, select: { fileKey: true } });
    const handedIn = await submittedFileKeys(tx, { content: { moduleId } });
    await tx.module.delete({ where: { id: moduleId } });
    await writePositions(tx, "module", await moduleIdsOf(tx, courseId));
    return [...files.map((file) => file.fileKey), ...handedIn];
  }, { reprogress: true });
  await discardStoredFiles(fileKeys);
}
