import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findVisibleCourse } from "@/lib/modules/visible-course";
import { audienceFor } from "./audience";
import { readContentRow } from "./find-content";
import { toContentView } from "./views";

/** One content of a course the actor may see: whole for readers of the course's content,
 *  the locked outline item for everyone else. */
export async function getContent(actor: MaybeActor, courseId: number, moduleId: number, contentId: number, opts: { asStudent?: boolean } = {}) {
  const course = await findVisibleCourse(actor, courseId);
  const row = await readContentRow(db, courseId, moduleId, contentId);
  return toContentView(row, courseId, await audienceFor(actor, course, opts));
}
