// The content a student works on, and the enrolment their work counts towards. Content is
// read through the same rules as lib/contents/get-content.ts: a hidden course or a content
// outside it is "not found", a course whose content the actor may not read is 403. Its
// teacher and admins may read it but record nothing (the preview), so they get 403 too.
import type { Actor } from "@/lib/auth/actor";
import { contentNotFound, readContentRow } from "@/lib/contents/find-content";
import { canReadCourseContent } from "@/lib/courses/content-access";
import { canManageCourse } from "@/lib/courses/policy";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findVisibleCourse } from "@/lib/modules/visible-course";

export type ContentRef = { courseId: number; moduleId: number; contentId: number };

export const previewRecordsNothing = () => new AppError("FORBIDDEN", { key: "previewRecordsNothing" });
const contentLocked = () => new AppError("FORBIDDEN", { key: "contentLocked" });

/** The content with its course, for a student who may read it; see above for everyone else. */
export async function findStudyContent(actor: Actor, ref: ContentRef) {
  const course = await findVisibleCourse(actor, ref.courseId);
  const content = await readContentRow(db, ref.courseId, ref.moduleId, ref.contentId);
  if (canManageCourse(actor, course)) throw previewRecordsNothing();
  if (!(await canReadCourseContent(actor, course))) throw contentLocked();
  return { course, content };
}

type LockedEnrollment = { id: number; status: string };

/**
 * Locks the student's live enrolment in the course for the rest of the transaction and checks
 * it still lets them study (paid, not cancelled). Every completion of one student in one
 * course takes this lock first, so attempts are counted and completions written one at a time.
 */
export async function lockStudyEnrollment(tx: Tx, studentId: number, courseId: number): Promise<number> {
  const [row] = await tx.$queryRaw<LockedEnrollment[]>`
    SELECT id, status::text AS status FROM "Enrollment"
    WHERE "studentId" = ${studentId} AND "courseId" = ${courseId} AND live IS TRUE FOR UPDATE`;
  if (!row || (row.status !== "IN_PROGRESS" && row.status !== "COMPLETED")) throw contentLocked();
  return row.id;
}

/** The content ref of a content id alone (web routes know the course and the content only). */
export async function contentRefOf(courseId: number, contentId: number): Promise<ContentRef> {
  const row = await db.content.findFirst({ where: { id: contentId, module: { courseId } }, select: { moduleId: true } });
  if (!row) throw contentNotFound();
  return { courseId, moduleId: row.moduleId, contentId };
}
