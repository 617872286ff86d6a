// A course's address on /courses/<slug>: lowercase letters, digits and single dashes. The
// form derives it from the title as the author types, the server when none is sent, both
// with this one function (client-safe).
import { slugify as slugifyText } from "@/lib/shared/slug";

export const MAX_SLUG_LENGTH = 100;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Derived slugs stay short enough for a "-2" suffix to fit under MAX_SLUG_LENGTH.
const DERIVED_LENGTH = 80;

/** A course slug from its title; "" when nothing is left. */
export const slugify = (title: string) => slugifyText(title, DERIVED_LENGTH);
