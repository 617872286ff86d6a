// The course page's call to action: price, what the course holds, and the way in. A visitor
// signs in and comes back; a student enrols (free → the reader, paid → the invoice), then
// continues learning, completes a pending payment, or leaves; teachers and admins preview.
import { useT } from "@/lib/i18n/translator";
import { useLocale, useTimeZone } from "next-intl";
import { enrolAction, leaveCourseAction } from "@/app/courses/[slug]/actions";
import { EnrolButton } from "@/components/enrol/enrol-button";
import { LeaveCourseButton } from "@/components/enrol/leave-course-button";
import { formatDate } from "@/components/format";
import { ScopedText } from "@/components/i18n/scoped-text";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CourseDetail } from "@/lib/courses/views";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
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

/** Who is looking: a visitor, a teacher or admin (who preview), or a student and their live enrolment. */
export type EnrolViewer =
  | { kind: "visitor" }
  | { kind: "staff" }
  | { kind: "student"; enrolment: { id: number; status: EnrollmentStatus; invoiceId: number | null } | null };

function EnrolAction({ course, viewer }: { course: CourseDetail; viewer: EnrolViewer }) {
  const t = useT("Course");
  const e = useT("Enrol");
  if (viewer.kind === "visitor") {
    const signIn = `/login?${new URLSearchParams({ callbackUrl: `/courses/${course.slug}` })}`;
    return (
      <>
        <ButtonLink href={signIn} size="lg" className="mt-4 w-full">
          {t("enrol")}
        </ButtonLink>
        <p className="mt-3 text-center text-xs text-slate-600">{t("enrolHint")}</p>
      </>
    );
  }
  if (viewer.kind === "staff") return <p className="mt-4 text-sm text-slate-600">{e("previewOnly")}</p>;
  const enrolment = viewer.enrolment;
  const free = course.priceIDR === 0;
  if (!enrolment) {
    return (
      <>
        <div className="mt-4">
          <EnrolButton courseId={course.id} free={free} enrol={enrolAction} />
        </div>
        <p className="mt-3 text-center text-xs text-slate-600">{free ? e("freeHint") : e("paidHint")}</p>
      </>
    );
  }
  const learn = `/learn/${course.slug}`;
  return (
    <div className="mt-4 space-y-3">
      {enrolment.status === "UNPAID" ? (
        <>
          <p className="text-sm text-slate-700">{e("unpaidHint")}</p>
          {enrolment.invoiceId !== null && (
            <ButtonLink href={`/dashboard/invoices/${enrolment.invoiceId}`} size="lg" className="w-full">
              {e("completePayment")}
            </ButtonLink>
          )}
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700">{enrolment.status === "COMPLETED" ? e("completedHint") : e("enrolledHint")}</p>
          <ButtonLink href={learn} size="lg" className="w-full">
            {e("continue")}
          </ButtonLink>
          {enrolment.status === "COMPLETED" && (
            <ButtonLink href="/dashboard/certificates" variant="secondary" className="w-full">
              {e("certificates")}
            </ButtonLink>
          )}
        </>
      )}
      {enrolment.status !== "COMPLETED" && (
        <div className="flex justify-center">
          <LeaveCourseButton enrollmentId={enrolment.id} course={{ title: course.title, slug: course.slug }} leave={leaveCourseAction} />
        </div>
      )}
    </div>
  );
}

export function CourseEnrolCard({ course, viewer }: { course: CourseDetail; viewer: EnrolViewer }) {
  const t = useT("Course");
  const locale = useLocale();
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
        <ScopedText namespaces={["Enrol"]}>
          <EnrolAction course={course} viewer={viewer} />
        </ScopedText>

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
