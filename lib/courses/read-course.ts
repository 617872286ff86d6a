import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findManagedCourse } from "./managed-course";
import { courseDetailSelect, toCourseDetail } from "./views";

/** A course as a write answers with it, read after the write committed (no visibility scope: the writer was already checked). */
export async function readCourseDetail(courseId: number) {
  const row = await db.course.findUnique({ where: { id: courseId }, select: courseDetailSelect, relationLoadStrategy: "join" });
  if (!row) throw notFound("Course");
  return toCourseDetail(row);
}

/** A course for its editing pages: its teacher and admins only (404 when hidden, 403 when only visible). */
export async function getManagedCourse(actor: Actor, courseId: number) {
  await findManagedCourse(actor, courseId);
  return readCourseDetail(courseId);
}
