// Who may see which course: published courses for everyone; drafts and archived courses
// only for their teacher and for admins. Fetching through this scope makes a hidden
// course simply "not found".
import type { MaybeActor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import type { CourseWhereInput } from "@/lib/generated/prisma/models";

/** What visitors see, and the only courses the public read cache holds. */
export const publishedCoursesWhere: CourseWhereInput = { status: "PUBLISHED" };

export function visibleCoursesWhere(actor: MaybeActor): CourseWhereInput {
  if (isAdmin(actor)) return {};
  if (actor) return { OR: [publishedCoursesWhere, { teacherId: actor.id }] };
  return publishedCoursesWhere;
}

/** Its teacher and admins manage a course: details, status, curriculum, files. */
export const canManageCourse = (actor: MaybeActor, course: { teacherId: number }) => isAdmin(actor) || (!!actor && actor.id === course.teacherId);

/**
 * Whose single course pages and content may be opened: what the actor sees in lists, plus an
 * archived course in which they still hold a live enrolment (archiving takes a course out of
 * the catalog, never away from its students).
 */
export function readableCoursesWhere(actor: MaybeActor): CourseWhereInput {
  if (!actor || isAdmin(actor)) return visibleCoursesWhere(actor);
  return { OR: [visibleCoursesWhere(actor), { status: "ARCHIVED", enrollments: { some: { studentId: actor.id, live: true } } }] };
}
