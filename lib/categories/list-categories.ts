// Reading categories. There are few of them (tens, not thousands), so a list loads them all
// with their counts in one query and searches, sorts and pages in memory: the public then
// shares one cached entry for every query, and sorting by a filtered count needs no raw SQL.
import type { MaybeActor } from "@/lib/auth/actor";
import { publicTags } from "@/lib/cache/public-data";
import { readCache } from "@/lib/cache/read-cache";
import { publishedCoursesWhere, visibleCoursesWhere } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { CategoryWhereInput, CourseWhereInput } from "@/lib/generated/prisma/models";
import { paginate } from "@/lib/shared/pagination";
import { type CategoryListQuery, type CategorySort, ZCategoryListQuery } from "./schemas";
import { type CategoryView, categorySelect, toCategoryView } from "./views";

export async function loadCategories(visibleCourses: CourseWhereInput, where: CategoryWhereInput = {}): Promise<CategoryView[]> {
  const rows = await db.category.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: categorySelect(visibleCourses) });
  return rows.map(toCategoryView);
}

/** Every category with its published-course count, from the read cache. */
export function publicCategories(): Promise<CategoryView[]> {
  return readCache().remember("categories:all", [publicTags.categories], () => loadCategories(publishedCoursesWhere));
}

/** The categories with the courses the actor may see in each: visitors' lists come from the read cache. */
export async function categoriesFor(actor: MaybeActor): Promise<CategoryView[]> {
  return actor ? loadCategories(visibleCoursesWhere(actor)) : publicCategories();
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const compare: Record<CategorySort, (a: CategoryView, b: CategoryView) => number> = {
  name: (a, b) => byName.compare(a.name, b.name) || a.id - b.id,
  "name-desc": (a, b) => byName.compare(b.name, a.name) || b.id - a.id,
  courses: (a, b) => b.coursesCount - a.coursesCount || compare.name(a, b),
  "courses-asc": (a, b) => a.coursesCount - b.coursesCount || compare.name(a, b),
};

function query(categories: CategoryView[], { q, sort, page, limit }: CategoryListQuery) {
  const needle = q?.toLocaleLowerCase();
  const found = needle
    ? categories.filter((category) => category.name.toLocaleLowerCase().includes(needle) || category.description.toLocaleLowerCase().includes(needle))
    : categories;
  const sorted = found.toSorted(compare[sort]);
  return paginate(sorted.slice((page - 1) * limit, page * limit), sorted.length, { page, limit });
}

/** Categories searched by name or description, sorted and paged; anyone may list them. */
export async function listCategories(actor: MaybeActor, input: Record<string, unknown>) {
  const parsed = parseInput(ZCategoryListQuery, input);
  const { items, pagination } = query(await categoriesFor(actor), parsed);
  return { categories: items, pagination, query: parsed };
}
