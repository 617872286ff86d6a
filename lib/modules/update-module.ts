import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors";
import { editOutline } from "./edit-outline";
import { findModuleIn } from "./find-module";
import { readModule } from "./get-module";
import { moduleIdsOf, placeAt, writePositions } from "./positions";
import { ZUpdateModuleInput } from "./schemas";

/** Renames or describes a module, and with `position` moves it; the others close up around it. */
export async function updateModule(actor: Actor, courseId: number, moduleId: number, input: unknown) {
  return editOutline(actor, courseId, async (tx) => {
    const data = parseInput(ZUpdateModuleInput, input);
    await findModuleIn(tx, courseId, moduleId);
    if (data.title !== undefined || data.description !== undefined) {
      await tx.module.update({ where: { id: moduleId }, data: { title: data.title, description: data.description }, select: { id: true } });
    }
    if (data.position !== undefined) await writePositions(tx, "module", placeAt(await moduleIdsOf(tx, courseId), moduleId, data.position));
    return readModule(tx, courseId, moduleId);
  });
}
