// A category's slug, always derived from its name: lowercase letters, digits and single
// dashes. Two names can share a slug ("C#" and "C"), so a taken one gets "-2", "-3", …
import type { Tx } from "@/lib/db";
import { firstFreeSlug, slugify as slugifyText } from "@/lib/shared/slug";

const MAX_BASE = 60;

/** A category slug from its name; "" when nothing is left. */
export const slugify = (name: string) => slugifyText(name, MAX_BASE);

/** A slug for the name that no other category holds. Call under the category write lock. */
export async function freeSlug(tx: Tx, name: string, exceptId?: number): Promise<string> {
  const base = slugify(name) || "category";
  const taken = new Set(
    (await tx.category.findMany({ where: { slug: { startsWith: base }, NOT: exceptId ? { id: exceptId } : undefined }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  return firstFreeSlug(base, taken);
}
