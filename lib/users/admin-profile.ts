// What an administrator's page of one user shows besides the account: the courses they own
// (which block deleting them), whom those courses could go to, and their enrolments with the
// courses' titles.
import type { Actor } from "@/lib/auth/actor";
import { listTeacherOptions } from "@/lib/courses/teacher-options";
import { db } from "@/lib/db";
import { listEnrollments } from "@/lib/enrollments/read-enrollments";
import { getUser } from "./get-user";
import { assertAdmin } from "./policy";

/** The page shows this many of the user's enrolments, newest first. */
export const PROFILE_ENROLLMENTS = 50;

export async function getAdminUserProfile(actor: Actor, userId: number) {
  assertAdmin(actor);
  const user = await getUser(actor, userId);
  const [ownedCourses, teachers, { enrollments, pagination }] = await Promise.all([
    db.course.findMany({ where: { teacherId: userId }, orderBy: { id: "asc" }, select: { id: true, title: true, slug: true } }),
    listTeacherOptions(actor),
    listEnrollments(actor, userId, { limit: PROFILE_ENROLLMENTS }),
  ]);
  const titles = new Map(
    (await db.course.findMany({ where: { id: { in: enrollments.map((e) => e.courseId) } }, select: { id: true, title: true } })).map((c) => [c.id, c.title]),
  );
  return {
    user,
    ownedCourses,
    /** Who may take over the courses: every other active teacher or administrator. */
    successors: teachers.filter((teacher) => teacher.id !== userId),
    enrollments: enrollments.map((enrollment) => ({ ...enrollment, courseTitle: titles.get(enrollment.courseId) ?? "" })),
    enrollmentsTotal: pagination.totalRecords,
  };
}
