// The course whose curriculum an actor reads, through the same visibility scope as the
// catalog: a draft or archived course is "not found" to anyone but its teacher and admins.
import type { MaybeActor } from "@/lib/auth/actor";
import { readableCoursesWhere } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

const courseAccessSelect = { id: true, teacherId: true, releaseDate: true, status: true } as const;

export async function findVisibleCourse(actor: MaybeActor, courseId: number) {
  const course = await db.course.findFirst({ where: { AND: [{ id: courseId }, readableCoursesWhere(actor)] }, select: courseAccessSelect });
  if (!course) throw notFound("Course");
  return course;
}

export type VisibleCourse = Awaited<ReturnType<typeof findVisibleCourse>>;
