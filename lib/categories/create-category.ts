import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { assertCanManageCategories } from "./policy";
import { ZCreateCategoryInput } from "./schemas";
import { freeSlug } from "./slug";
import { type CategoryView, toCategoryView } from "./views";
import { assertNameFree, lockCategoryWrites } from "./write-lock";

/** Admins add a category; its name is unique in any case and its slug comes from the name. */
export async function createCategory(actor: Actor, input: unknown): Promise<CategoryView> {
  assertCanManageCategories(actor);
  const data = parseInput(ZCreateCategoryInput, input);
  const row = await db.$transaction(async (tx) => {
    await lockCategoryWrites(tx);
    await assertNameFree(tx, data.name);
    const created = await tx.category.create({
      data: { name: data.name, slug: await freeSlug(tx, data.name), description: data.description ?? "" },
    });
    await audit({ actorId: actor.id, action: "category.create", entity: "Category", entityId: created.id, data: { name: created.name, slug: created.slug } }, tx);
    return created;
  });
  await invalidatePublic("categories");
  return toCategoryView({ ...row, _count: { courses: 0 } });
}
