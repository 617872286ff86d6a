// A category as pages and the API show it. coursesCount counts the courses the reader may
// see in it: published ones for the public, plus a teacher's own, and all for admins, so it
// always matches what the catalog lists for that category to the same reader.
import type { CategoryGetPayload, CourseWhereInput } from "@/lib/generated/prisma/models";

export const categorySelect = (visibleCourses: CourseWhereInput) =>
  ({ id: true, name: true, slug: true, description: true, _count: { select: { courses: { where: visibleCourses } } } }) as const;

type CategoryRow = CategoryGetPayload<{ select: ReturnType<typeof categorySelect> }>;

export function toCategoryView(row: CategoryRow) {
  return { id: row.id, name: row.name, slug: row.slug, description: row.description, coursesCount: row._count.courses };
}

export type CategoryView = ReturnType<typeof toCategoryView>;
