import { publicCategories } from "./list-categories";

/** All categories by name, with how many published courses each holds (for filters), from the read cache. */
export async function listCategoryOptions() {
  return (await publicCategories()).map(({ id, name, slug, coursesCount }) => ({ id, name, slug, publishedCourses: coursesCount }));
}
