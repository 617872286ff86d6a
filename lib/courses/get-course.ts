import type { MaybeActor } from "@/lib/auth/actor";
import { publicTags } from "@/lib/cache/public-data";
import { readCache } from "@/lib/cache/read-cache";
import { db } from "@/lib/db";
import { notFound, parseInput } from "@/lib/errors";
import type { CourseWhereInput } from "@/lib/generated/prisma/models";
import { publishedCoursesWhere, readableCoursesWhere } from "./policy";
import { type CourseRef, ZCourseRef } from "./schemas";
import { type CourseDetail, courseDetailSelect, toCourseDetail } from "./views";

/**
 * One course with its outline (modules and content titles), in one query. Visitors get
 * published courses from the read cache; a signed-in user's view may be a draft preview
 * and is never cached.
 */
export async function getCourse(actor: MaybeActor, ref: CourseRef) {
  if (!actor) return getPublishedCourse(ref);
  return findCourse(readableCoursesWhere(actor), parseInput(ZCourseRef, ref));
}

/** A published course, whoever asks, from the read cache. An unknown one is not cached. */
export async function getPublishedCourse(ref: CourseRef) {
  const key = parseInput(ZCourseRef, ref);
  return readCache().remember(
    "id" in key ? `course:id:${key.id}` : `course:slug:${key.slug}`,
    detailTags,
    () => findCourse(publishedCoursesWhere, key),
  );
}

// The page shows the teacher's profile and the category's name besides the course itself.
const detailTags = (course: CourseDetail) => [
  publicTags.course(course.id),
  publicTags.teacher(course.teacher.id),
  ...(course.category ? [publicTags.category(course.category.id)] : []),
];

async function findCourse(scope: CourseWhereInput, key: { id: number } | { slug: string }) {
  const row = await db.course.findFirst({
    where: { AND: [key, scope] },
    select: courseDetailSelect,
    relationLoadStrategy: "join",
  });
  if (!row) throw notFound("Course");
  return toCourseDetail(row);
}
