import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors";
import { editOutline } from "./edit-outline";
import { readModule } from "./get-module";
import { moduleIdsOf, placeAt, writePositions } from "./positions";
import { ZCreateModuleInput } from "./schemas";

/** Adds a module to a course the actor manages: at the end, or at `position`. */
export async function createModule(actor: Actor, courseId: number, input: unknown) {
  return editOutline(actor, courseId, async (tx) => {
    const data = parseInput(ZCreateModuleInput, input);
    const ids = await moduleIdsOf(tx, courseId);
    const { id } = await tx.module.create({
      data: { courseId, title: data.title, description: data.description ?? "", position: ids.length + 1 },
      select: { id: true },
    });
    if (data.position !== undefined) await writePositions(tx, "module", placeAt([...ids, id], id, data.position));
    return readModule(tx, courseId, id);
  });
}
