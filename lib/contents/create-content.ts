import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/errors";
import { editOutline } from "@/lib/modules/edit-outline";
import { findModuleIn } from "@/lib/modules/find-module";
import { contentIdsOf } from "@/lib/modules/positions";
import { readContentRow } from "./find-content";
import { ZCreateContentInput } from "./schemas";
import { toContentView } from "./views";
import { createData } from "./write-data";

/** Adds a content at the end of a module of a course the actor manages. */
export async function createContent(actor: Actor, courseId: number, moduleId: number, input: unknown) {
  return editOutline(actor, courseId, async (tx) => {
    const data = parseInput(ZCreateContentInput, input);
    await findModuleIn(tx, courseId, moduleId);
    const position = (await contentIdsOf(tx, moduleId)).length + 1;
    const { id } = await tx.content.create({ data: { moduleId, position, ...createData(data) }, select: { id: true } });
    return toContentView(await readContentRow(tx, courseId, moduleId, id), courseId, "manager");
  }, { reprogress: true });
}
