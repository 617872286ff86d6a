import { publicTags } from "@/lib/cache/public-data";
import { readCache } from "@/lib/cache/read-cache";
import { db } from "@/lib/db";

/** All categories by name, with how many published courses each holds (for filters), from the read cache. */
export async function listCategoryOptions() {
  return readCache().remember("categories", [publicTags.categories], async () => {
    const rows = await db.category.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, slug: true, _count: { select: { courses: { where: { status: "PUBLISHED" } } } } },
    });
    return rows.map(({ _count, ...category }) => ({ ...category, publishedCourses: _count.courses }));
  });
}
