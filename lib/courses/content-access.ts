// Who may read a course's content (lesson text, files, quiz questions), as opposed to its
// public outline: its teacher and admins always; a student while their live enrolment is
// paid (In Progress or Completed) and the course is released. Archived courses stay readable
// to those enrolled. The reader of the learning issue builds on this one rule.
import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { canManageCourse } from "./policy";

type CourseAccessRef = { id: number; teacherId: number; releaseDate: Date | null };

export const isReleased = (course: { releaseDate: Date | null }, now = new Date()) => !course.releaseDate || course.releaseDate <= now;

export async function canReadCourseContent(actor: MaybeActor, course: CourseAccessRef): Promise<boolean> {
  if (!actor) return false;
  if (canManageCourse(actor, course)) return true;
  if (!isReleased(course)) return false;
  const enrolment = await db.enrollment.findFirst({
    where: { studentId: actor.id, courseId: course.id, live: true, status: { in: ["IN_PROGRESS", "COMPLETED"] } },
    select: { id: true },
  });
  return enrolment !== null;
}
