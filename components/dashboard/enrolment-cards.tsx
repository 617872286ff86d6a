// The cards of the student's dashboard, one per enrolment state. Each card's button names its
// course for screen readers ("Continue Intro to SQL"), since a page holds several.
import Link from "next/link";
import { useLocale, useTimeZone } from "next-intl";
import type { ReactNode } from "react";
import { formatDate, formatPercent, formatPrice } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { CompletedItem, InProgressItem, UnpaidItem, UpcomingItem } from "@/lib/dashboard/student-dashboard";
import { useT } from "@/lib/i18n/translator";

function CourseCardShell({ title, slug, children, action }: { title: string; slug: string; children: ReactNode; action: ReactNode }) {
  return (
    <li>
      <Card className="flex h-full flex-col gap-4 p-5">
        <h3 className="text-base font-semibold text-slate-900">
          <Link href={`/courses/${slug}`} className="hover:text-brand-700 hover:underline">
            {title}
          </Link>
        </h3>
        <div className="flex-1 space-y-2 text-sm text-slate-600">{children}</div>
        {action && <div className="flex flex-wrap gap-2">{action}</div>}
      </Card>
    </li>
  );
}

/** aria-label would hide the visible text from speech-input users; the course goes in a hidden span instead. */
function Named({ visible, course }: { visible: string; course: string }) {
  return (
    <>
      {visible}
      <span className="sr-only"> · {course}</span>
    </>
  );
}

export function InProgressCard({ item }: { item: InProgressItem }) {
  const t = useT("Dashboard");
  const locale = useLocale();
  const timeZone = useTimeZone()!;
  const percent = formatPercent(item.progressPercentage / 100, locale);
  return (
    <CourseCardShell
      title={item.course.title}
      slug={item.course.slug}
      action={
        <ButtonLink href={item.continueHref} size="sm">
          <Named visible={t("continue")} course={item.course.title} />
        </ButtonLink>
      }
    >
      <div className="flex items-center gap-3">
        <ProgressBar value={item.progressPercentage / 100} label={t("progressLabel", { course: item.course.title })} valueText={t("progressValue", { percent })} />
        <span className="shrink-0 font-medium text-slate-900 tabular-nums">{percent}</span>
      </div>
      <p>{item.lastActivityAt ? t("lastActivity", { date: formatDate(item.lastActivityAt, locale, timeZone) ?? "" }) : t("notStarted")}</p>
    </CourseCardShell>
  );
}

export function CompletedCard({ item }: { item: CompletedItem }) {
  const t = useT("Dashboard");
  const locale = useLocale();
  const timeZone = useTimeZone()!;
  const certificate = item.certificate;
  return (
    <CourseCardShell
      title={item.course.title}
      slug={item.course.slug}
      action={
        certificate ? (
          <ButtonLink href={certificate.href} size="sm" variant="secondary">
            <Named visible={t("viewCertificate")} course={item.course.title} />
          </ButtonLink>
        ) : null
      }
    >
      {item.completedAt && <p>{t("completedOn", { date: formatDate(item.completedAt, locale, timeZone) ?? "" })}</p>}
      {!certificate && <Badge>{t("certificateMissing")}</Badge>}
      {certificate?.revoked && <Badge tone="danger">{t("certificateRevoked")}</Badge>}
    </CourseCardShell>
  );
}

export function UnpaidCard({ item }: { item: UnpaidItem }) {
  const t = useT("Dashboard");
  const locale = useLocale();
  const timeZone = useTimeZone()!;
  const invoice = item.invoice;
  return (
    <CourseCardShell
      title={item.course.title}
      slug={item.course.slug}
      action={
        <ButtonLink href={item.payHref} size="sm">
          <Named visible={t("payNow")} course={item.course.title} />
        </ButtonLink>
      }
    >
      {invoice?.status === "PENDING" && (
        <p>{t("dueOn", { amount: formatPrice(invoice.amountIDR, locale), date: formatDate(invoice.paymentDueAt, locale, timeZone) ?? "" })}</p>
      )}
      {invoice && invoice.status !== "PENDING" ? <p>{t("invoiceExpired")}</p> : <p>{t("unpaidText")}</p>}
    </CourseCardShell>
  );
}

export function UpcomingCard({ item }: { item: UpcomingItem }) {
  const t = useT("CourseRelease");
  const locale = useLocale();
  const timeZone = useTimeZone()!;
  return (
    <CourseCardShell title={item.course.title} slug={item.course.slug} action={null}>
      <p className="font-medium text-amber-800">{t("opensOn", { date: formatDate(item.course.releaseDate, locale, timeZone) ?? "" })}</p>
    </CourseCardShell>
  );
}
