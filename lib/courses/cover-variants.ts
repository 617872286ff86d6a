// A stored cover's sizes, told by its URL alone: the course keeps the URL of its widest
// variant, and every narrower standard width was stored beside it (see cover.ts). A cover
// at any other URL (an external image) has no variants.
import { COVER_WIDTHS, coverKey, keyOfPublicUrl, parseCoverKey, publicUrlOf } from "@/lib/storage/keys";

export type CoverVariant = { width: number; url: string };

export function coverVariants(coverImageUrl: string | null): CoverVariant[] {
  const key = coverImageUrl ? keyOfPublicUrl(coverImageUrl) : null;
  const cover = key ? parseCoverKey(key) : null;
  if (!cover) return [];
  return COVER_WIDTHS.filter((width) => width <= cover.width).map((width) => ({ width, url: publicUrlOf(coverKey(cover.id, width)) }));
}
