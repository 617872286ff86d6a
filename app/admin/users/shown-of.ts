import type { T } from "@/lib/i18n/translator";

/** A card's note when it lists only the latest of a user's rows ("Showing the latest 50 of 64."); undefined when it lists all. */
export const shownOf = (t: T<"AdminUsers">, total: number, shown: number) => (total > shown ? t("shownOf", { shown, count: total }) : undefined);
