import type { MaybeActor } from "@/lib/auth/actor";
import { publicTags } from "@/lib/cache/public-data";
import { readCache } from "@/lib/cache/read-cache";
import { publishedCoursesWhere, visibleCoursesWhere } from "@/lib/courses/policy";
import type { CourseWhereInput } from "@/lib/generated/prisma/models";
import { loadCategories } from "./list-categories";
import { categoryNotFound } from "./policy";
import type { CategoryView } from "./views";

async function findCategory(visibleCourses: CourseWhereInput, categoryId: number): Promise<CategoryView> {
  const [category] = await loadCategories(visibleCourses, { id: categoryId });
  if (!category) throw categoryNotFound();
  return category;
}

/** One category; visitors get it from the read cache (an unknown one is not cached), signed-in readers with their own count. */
export async function getCategory(actor: MaybeActor, categoryId: number): Promise<CategoryView> {
  if (actor) return findCategory(visibleCoursesWhere(actor), categoryId);
  return readCache().remember(`category:${categoryId}`, [publicTags.categories], () => findCategory(publishedCoursesWhere, categoryId));
}
