import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound, parseInput } from "@/lib/errors";
import { visibleCoursesWhere } from "./policy";
import { type CourseRef, ZCourseRef } from "./schemas";
import { courseDetailSelect, toCourseDetail } from "./views";

/** One course with its outline (modules and content titles), in one query. */
export async function getCourse(actor: MaybeActor, ref: CourseRef) {
  const key = parseInput(ZCourseRef, ref);
  const row = await db.course.findFirst({
    where: { AND: [key, visibleCoursesWhere(actor)] },
    select: courseDetailSelect,
    relationLoadStrategy: "join",
  });
  if (!row) throw notFound("Course");
  return toCourseDetail(row);
}
