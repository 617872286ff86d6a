// A student's dashboard: the four states of their courses, then links to their invoices and
// certificates; or, before any enrolment, the first-run welcome with suggested courses.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { CourseSummary } from "@/lib/courses/views";
import type { StudentDashboard } from "@/lib/dashboard/student-dashboard";
import { useT } from "@/lib/i18n/translator";
import { DashboardSection } from "./dashboard-section";
import { CompletedCard, InProgressCard, UnpaidCard, UpcomingCard } from "./enrolment-cards";
import { SuggestedCourses } from "./suggested-courses";

type Props = { dashboard: StudentDashboard; suggestions: CourseSummary[]; firstName: string };

export function StudentOverview({ dashboard, suggestions, firstName }: Props) {
  const t = useT("Dashboard");
  const { inProgress, completed, unpaid, upcoming } = dashboard;
  const hasCourses = inProgress.length + completed.length + unpaid.length + upcoming.length > 0;
  if (dashboard.firstRun) {
    return (
      <>
        <PageHeader title={firstName ? t("firstRunTitle", { name: firstName }) : t("firstRunTitleNoName")} description={t("firstRunText")} />
        <SuggestedCourses courses={suggestions} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={firstName ? t("welcome", { name: firstName }) : t("welcomeNoName")} description={t("studentDescription")} />
      <DashboardSection id="unpaid" title={t("unpaidTitle")} count={unpaid.length}>
        {unpaid.map((item) => <UnpaidCard key={item.enrollmentId} item={item} />)}
      </DashboardSection>
      <DashboardSection id="in-progress" title={t("inProgressTitle")} count={inProgress.length}>
        {inProgress.map((item) => <InProgressCard key={item.enrollmentId} item={item} />)}
      </DashboardSection>
      <DashboardSection id="upcoming" title={t("upcomingTitle")} description={t("upcomingText")} count={upcoming.length}>
        {upcoming.map((item) => <UpcomingCard key={item.enrollmentId} item={item} />)}
      </DashboardSection>
      <DashboardSection id="completed" title={t("completedTitle")} count={completed.length}>
        {completed.map((item) => <CompletedCard key={item.enrollmentId} item={item} />)}
      </DashboardSection>
      {!hasCourses && <SuggestedCourses courses={suggestions} />}
      <section aria-labelledby="records-heading" className="space-y-4">
        <h2 id="records-heading" className="text-xl font-semibold tracking-tight text-slate-900">
          {t("linksTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {(
            [
              { href: "/dashboard/invoices", title: t("invoicesLink"), text: t("invoicesText") },
              { href: "/dashboard/certificates", title: t("certificatesLink"), text: t("certificatesText") },
              { href: "/courses", title: t("findMore"), text: t("catalogText") },
            ] as const
          ).map((link) => (
            <li key={link.href}>
              <Card className="h-full p-5">
                <h3 className="text-base font-semibold">
                  <Link href={link.href} className="text-link">
                    {link.title}
                  </Link>
                </h3>
                <p className="mt-2 text-sm text-slate-600">{link.text}</p>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
