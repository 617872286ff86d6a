// What the read cache holds for the public, named by tag, and the one call every write
// that changes public data makes after it commits. The tags are listed in docs/read-cache.md.
import { readCache } from "./read-cache";

export const publicTags = {
  /** Every catalog list, whatever its query. */
  catalog: "catalog",
  /** The category list with its published-course counts. */
  categories: "categories",
  /** One course's detail and outline. */
  course: (id: number) => `course:${id}`,
  /** The details of a teacher's courses, which show the teacher's name and avatar. */
  teacher: (id: number) => `teacher:${id}`,
  /** The details of a category's courses, which show its name. */
  category: (id: number) => `category:${id}`,
};

export type PublicChange = "catalog" | "categories" | { course: number } | { teacher: number } | { category: number };

// A course change can move it into or out of any list and any category count; a teacher's
// or a category's change shows on cards in lists as well as on their course pages.
function tagsOf(change: PublicChange): string[] {
  if (change === "catalog") return [publicTags.catalog];
  if (change === "categories") return [publicTags.categories];
  if ("course" in change) return [publicTags.course(change.course), publicTags.catalog, publicTags.categories];
  if ("teacher" in change) return [publicTags.teacher(change.teacher), publicTags.catalog];
  return [publicTags.category(change.category), publicTags.categories, publicTags.catalog];
}

/** Makes the next read of everything these changes touch come from the database, on every instance. */
export async function invalidatePublic(...changes: PublicChange[]): Promise<void> {
  await readCache().invalidate([...new Set(changes.flatMap(tagsOf))]);
}
