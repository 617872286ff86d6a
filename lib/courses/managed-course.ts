// The course an actor is about to change, found through the same visibility scope as every
// read: a course they may not see is "not found" (404), one they may see but not change
// (another teacher's published course) is forbidden (403).
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

import { canManageCourse, visibleCoursesWhere } from "./policy";

const managedSelect = { id: true, teacherId: true, status: true, slug: true, categoryId: true, releaseDate: true, coverImageUrl: true } as const;

/**
 * Loads the course for a change by its teacher or an admin. Inside a transaction pass `tx`
 * and `lock: true` to hold the course row until the transaction ends, so concurrent edits of
 * its outline (positions) run one after another.
 */
export async function findManagedCourse(actor: Actor, courseId: number, opts: { tx?: Tx; lock?: boolean } = {}) {
  const client = opts.tx ?? db;
  if (opts.lock) {
    if (!opts.tx) throw new Error("findManagedCourse: a lock needs a transaction");
    await opts.tx.$queryRaw`SELECT id FROM "Course" WHERE id = ${courseId} FOR UPDATE`;
  }
  const course = await client.course.findFirst({ where: { AND: [{ id: courseId }, visibleCoursesWhere(actor)] }, select: managedSelect });
  if (!course) throw notFound("Course");
  if (!canManageCourse(actor, course)) throw new AppError("FORBIDDEN", { key: "notCourseOwner" });
  return course;
}
