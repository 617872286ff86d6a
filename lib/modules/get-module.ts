import type { MaybeActor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { moduleNotFound } from "./find-module";
import { findVisibleCourse } from "./visible-course";
import { moduleSelect, toModuleView } from "./views";

/** One module of a course the actor may see, with its contents' outline. */
export async function getModule(actor: MaybeActor, courseId: number, moduleId: number) {
  await findVisibleCourse(actor, courseId);
  return readModule(db, courseId, moduleId);
}

export async function readModule(client: Tx | typeof db, courseId: number, moduleId: number) {
  const row = await client.module.findFirst({ where: { id: moduleId, courseId }, select: moduleSelect });
  if (!row) throw moduleNotFound();
  return toModuleView(row);
}
