import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { visibleCoursesWhere } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { assertCanManageCategories, categoryNotFound } from "./policy";
import { ZUpdateCategoryInput } from "./schemas";
import { freeSlug, slugify } from "./slug";
import { type CategoryView, categorySelect, toCategoryView } from "./views";
import { assertNameFree, lockCategoryWrites } from "./write-lock";

/**
 * Admins rename or describe a category. A new name brings a new slug (unless it slugs the
 * same, e.g. a change of case), and shows at once on every course card and page using it.
 */
export async function updateCategory(actor: Actor, categoryId: number, input: unknown): Promise<CategoryView> {
  assertCanManageCategories(actor);
  const data = parseInput(ZUpdateCategoryInput, input);
  const { view, changed } = await db.$transaction(async (tx) => {
    await lockCategoryWrites(tx);
    const before = await tx.category.findUnique({ where: { id: categoryId }, select: { name: true, slug: true, description: true } });
    if (!before) throw categoryNotFound();
    const newName = data.name !== undefined && data.name !== before.name ? data.name : undefined;
    if (newName) await assertNameFree(tx, newName, categoryId);
    const slug = newName && slugify(newName) !== slugify(before.name) ? await freeSlug(tx, newName, categoryId) : undefined;
    const row = await tx.category.update({
      where: { id: categoryId },
      data: { name: data.name, slug, description: data.description },
      select: categorySelect(visibleCoursesWhere(actor)),
    });
    const fields = (["name", "slug", "description"] as const).filter((field) => row[field] !== before[field]);
    if (fields.length) {
      const pick = (source: typeof before) => Object.fromEntries(fields.map((field) => [field, source[field]]));
      await audit({ actorId: actor.id, action: "category.update", entity: "Category", entityId: categoryId, data: { from: pick(before), to: pick(row) } }, tx);
    }
    return { view: toCategoryView(row), changed: fields.length > 0 };
  });
  if (changed) await invalidatePublic({ category: categoryId });
  return view;
}
