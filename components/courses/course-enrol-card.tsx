// The course page's call to action: price, what the course holds, and the way in.
// Enrolment itself comes later; for now "Enrol" asks the visitor to sign in and return.
import { useT } from "@/lib/i18n/translator";
import { useLocale, useTimeZone } from "next-intl";
import { formatDate } from "@/components/format";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CourseDetail } from "@/lib/courses/views";
import { ContentTypeIcon } from "./content-type-icon";
import { CourseCover } from "./course-cover";
import { PriceTag } from "./price-tag";

// The kinds in the order the card lists them; their names are the catalog's Course.typeCount.
const kindOrder = ["Lesson", "Video", "Link", "File", "Quiz", "Assignment"];

/** How many materials of each kind, in kindOrder. */
function countByType(modules: CourseDetail["modules"]) {
  const counts = new Map<string, number>();
  for (const content of modules.flatMap((module) => module.contents)) counts.set(content.type, (counts.get(content.type) ?? 0) + 1);
  return kindOrder.flatMap((type) => (counts.has(type) ? [{ type, count: counts.get(type) ?? 0 }] : []));
}

export function CourseEnrolCard({ course }: { course: CourseDetail }) {
  const t = useT("Course");
  const locale = useLocale();
  const signIn = `/login?${new URLSearchParams({ callbackUrl: `/courses/${course.slug}` })}`;
  // Typed optional, but i18n/request.ts always sets the zone.
  const released = formatDate(course.releaseDate, locale, useTimeZone()!);
  const kinds = countByType(course.modules);

  return (
    <Card className="overflow-hidden shadow-sm">
      <CourseCover coverImageUrl={course.coverImageUrl} variants={course.coverImageVariants} sizes="22rem" category={course.category} courseId={course.id} hideCategory className="hidden lg:block" />
      <div className="p-5">
        <div className="flex items-center justify-between gap-3">
          <span className="text-sm text-slate-600">{t("price")}</span>
          <PriceTag priceIDR={course.priceIDR} size="lg" />
        </div>
        <ButtonLink href={signIn} size="lg" className="mt-4 w-full">
          {t("enrol")}
        </ButtonLink>
        <p className="mt-3 text-center text-xs text-slate-600">{t("enrolHint")}</p>

        {released && (
          <dl className="mt-5 flex justify-between gap-3 border-t border-slate-100 pt-5 text-sm">
            <dt className="text-slate-600">{t("releaseDate")}</dt>
            <dd className="font-medium text-slate-900">{released}</dd>
          </dl>
        )}

        {kinds.length > 0 && (
          <div className="mt-5 border-t border-slate-100 pt-5">
            <h2 className="text-sm font-medium text-slate-900">{t("includes")}</h2>
            <ul className="mt-3 space-y-2 text-sm text-slate-700">
              {kinds.map(({ type, count }) => (
                <li key={type} className="flex items-center gap-2.5">
                  <ContentTypeIcon type={type} className="size-4 text-slate-500" />
                  {t("typeCount", { type, count })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Card>
  );
}
