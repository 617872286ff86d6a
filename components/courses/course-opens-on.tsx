import { useLocale, useTimeZone } from "next-intl";
import { formatDate } from "@/components/format";
import { cx } from "@/components/ui/cx";
import { isReleased } from "@/lib/courses/content-access";
import { useT } from "@/lib/i18n/translator";

/** "Opens on 12 Mar 2026" for a course released later; nothing once it is out. */
export function CourseOpensOn({ releaseDate, className }: { releaseDate: string | null; className?: string }) {
  const t = useT("CourseRelease");
  const locale = useLocale();
  // Typed optional, but i18n/request.ts always sets the zone.
  const timeZone = useTimeZone()!;
  if (!releaseDate || isReleased({ releaseDate: new Date(releaseDate) })) return null;
  return <p className={cx("font-medium text-amber-800", className)}>{t("opensOn", { date: formatDate(releaseDate, locale, timeZone) ?? "" })}</p>;
}
