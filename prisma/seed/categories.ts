// Catalog categories, referred to by slug in the course data.
import type { Prisma } from "../../lib/generated/prisma/client";

export const categories = [
  { name: "Web Development", slug: "web-development", description: "Build fast, accessible websites and web applications." },
  { name: "Data Science", slug: "data-science", description: "Turn raw data into answers with spreadsheets, SQL and statistics." },
  { name: "Design", slug: "design", description: "Interfaces and experiences people enjoy using." },
  { name: "Business & Marketing", slug: "business-marketing", description: "Grow a business with practical marketing and management skills." },
  { name: "Languages", slug: "languages", description: "Speak, read and write with confidence." },
  { name: "Mathematics", slug: "mathematics", description: "The maths behind everyday decisions, explained plainly." },
];

/** Creates the categories and returns their ids by slug. */
export async function createCategories(tx: Prisma.TransactionClient): Promise<Map<string, number>> {
  await tx.category.createMany({ data: categories, skipDuplicates: true });
  const rows = await tx.category.findMany({ where: { slug: { in: categories.map((c) => c.slug) } }, select: { id: true, slug: true } });
  return new Map(rows.map((row) => [row.slug, row.id]));
}
