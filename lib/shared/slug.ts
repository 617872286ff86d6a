// Addresses derived from names (courses, categories): lowercase letters, digits and single
// dashes. Client-safe: the course form derives its slug as the author types with slugify too.

/** "Dasar-dasar Pemrograman: Édition 2" → "dasar-dasar-pemrograman-edition-2"; "" when nothing is left. */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}

/** The first of base, base-2, base-3, ... not among the taken slugs. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}
