// The overview's figures: headline tiles, accounts by role, weekly activity, monthly revenue
// and the most enrolled courses. Server-rendered charts: no chart code reaches the browser.
import Link from "next/link";
import { formatCount, formatDay, formatMonth, formatPercent, formatPrice } from "@/components/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { BarChart } from "@/components/ui/charts/bar-chart";
import { DonutChart } from "@/components/ui/charts/donut-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon, CheckCircleIcon, CompassIcon, FileIcon, UsersIcon } from "@/components/ui/icons";
import { StatTile } from "@/components/ui/stat-tile";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AdminOverview } from "@/lib/admin/overview";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/translator";
import type { WeekCount } from "@/lib/shared/weekly-counts";
import { roleLabels } from "@/lib/shared/labels";

type Props = { overview: AdminOverview; locale: Locale };

export async function OverviewFigures({ overview, locale }: Props) {
  const t = await getT("AdminOverview");
  const { totals } = overview;
  const weekly = (title: string, valueHeader: string, weeks: WeekCount[]) => (
    <Card>
      <CardHeader title={title} description={t("weeksDescription")} />
      <CardBody>
        <BarChart
          data={weeks.map(({ weekStart, count }) => ({ label: formatDay(weekStart, locale), value: count }))}
          caption={title}
          labelHeader={t("weekOf")}
          valueHeader={valueHeader}
          locale={locale}
        />
      </CardBody>
    </Card>
  );

  return (
    <div className="space-y-6">
      {/* Three tiles over two wider ones: amounts in rupiah need the room. */}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <StatTile className="lg:col-span-2" icon={<UsersIcon />} figure={formatCount(totals.users, locale)}>
          {t("usersTile", { count: totals.users })}
        </StatTile>
        <StatTile className="lg:col-span-2" icon={<CompassIcon />} figure={formatCount(totals.activeStudents, locale)}>
          {t("activeStudentsTile", { count: totals.activeStudents })}
        </StatTile>
        <StatTile className="lg:col-span-2" icon={<BookIcon />} figure={formatCount(totals.publishedCourses, locale)}>
          {t("publishedCoursesTile", { count: totals.publishedCourses })}
        </StatTile>
        <StatTile className="lg:col-span-3" icon={<FileIcon />} figure={formatCount(totals.pendingInvoices, locale)}>
          {t("pendingInvoicesTile", { count: totals.pendingInvoices })}
        </StatTile>
        <StatTile className="sm:col-span-2 lg:col-span-3" icon={<CheckCircleIcon />} figure={formatPrice(totals.revenueThisMonthIDR, locale)}>
          {t("revenueTile")}
        </StatTile>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card>
          <CardHeader title={t("byRoleTitle")} />
          <CardBody>
            <DonutChart
              data={overview.byRole.map(({ role, count }) => ({ label: t("roleName", { role: roleLabels.label(role) }), value: count }))}
              totalLabel={t("byRoleTotal")}
              legendLabel={t("byRoleTitle")}
              locale={locale}
            />
          </CardBody>
        </Card>
        {weekly(t("signupsTitle"), t("signups"), overview.signupsPerWeek)}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {weekly(t("enrolmentsTitle"), t("enrolments"), overview.enrolmentsPerWeek)}
        {weekly(t("completionsTitle"), t("completions"), overview.completionsPerWeek)}
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("revenueTitle")} description={t("revenueDescription")} />
          <CardBody>
            <BarChart
              data={overview.revenuePerMonth.map(({ month, amountIDR }) => ({ label: formatMonth(month, locale), value: amountIDR }))}
              caption={t("revenueTitle")}
              labelHeader={t("month")}
              valueHeader={t("revenue")}
              locale={locale}
              formatValue={(value) => formatPrice(value, locale)}
              axisClassName="w-24"
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("topCoursesTitle")} description={t("topCoursesDescription")} />
          <CardBody>
            {overview.topCourses.length === 0 ? (
              <EmptyState icon={<BookIcon />} title={t("noCoursesTitle")} description={t("noCoursesText")} titleAs="h3" size="sm" />
            ) : (
              <Table>
                <caption className="sr-only">{t("topCoursesTitle")}</caption>
                <THead>
                  <TR>
                    <TH>{t("course")}</TH>
                    <TH className="hidden text-right whitespace-normal! sm:table-cell">{t("enrolments")}</TH>
                    <TH className="text-right whitespace-normal!">{t("completionRate")}</TH>
                  </TR>
                </THead>
                <TBody>
                  {overview.topCourses.map((course) => (
                    <TR key={course.id}>
                      <TH scope="row" className="font-medium whitespace-normal! normal-case [overflow-wrap:anywhere]">
                        <Link href={`/teach/courses/${course.id}`} className="text-link">
                          {course.title}
                        </Link>
                        {/* On a phone the count sits under the title: three columns do not fit. */}
                        <span className="mt-0.5 block text-xs font-normal text-slate-600 sm:hidden">{t("enrolmentsCount", { count: course.enrolments })}</span>
                      </TH>
                      <TD className="hidden text-right tabular-nums sm:table-cell">{formatCount(course.enrolments, locale)}</TD>
                      <TD className="text-right tabular-nums">{formatPercent(course.completionRate, locale)}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
