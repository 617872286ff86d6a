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
