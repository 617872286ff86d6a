// A course's figures on its Students tab: how many enrolled and the share who completed,
// enrolments per week, enrolments by status, and the spread of best quiz scores.
import { formatCount, formatDay, formatPercent } from "@/components/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { BarChart } from "@/components/ui/charts/bar-chart";
import { DonutChart } from "@/components/ui/charts/donut-chart";
import { CheckCircleIcon, UsersIcon } from "@/components/ui/icons";
import { StatTile } from "@/components/ui/stat-tile";
import type { CourseStats } from "@/lib/course-students/course-stats";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/translator";

export async function CourseCharts({ stats, locale }: { stats: CourseStats; locale: Locale }) {
  const t = await getT("Students");
  const enrolled = stats.byStatus.reduce((sum, { count }) => sum + count, 0);
  return (
    <section aria-labelledby="course-overview" className="space-y-6">
      <h2 id="course-overview" className="sr-only">
        {t("overview")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <StatTile icon={<UsersIcon />} figure={formatCount(enrolled, locale)}>
          {t("totalStudents", { count: enrolled })}
        </StatTile>
        <StatTile icon={<CheckCircleIcon />} figure={stats.completionRate === null ? t("noCompletionRate") : formatPercent(stats.completionRate, locale)}>
          {t("completionRateTile")}
        </StatTile>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="lg:col-span-2">
          <CardHeader title={t("enrolmentsTitle")} description={t("enrolmentsDescription")} />
          <CardBody>
            <BarChart
              data={stats.enrolmentsPerWeek.map(({ weekStart, count }) => ({ label: formatDay(weekStart, locale), value: count }))}
              caption={t("enrolmentsTitle")}
              labelHeader={t("weekOf")}
              valueHeader={t("enrolments")}
              locale={locale}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("quizTitle")} description={t("quizDescription")} />
          <CardBody>
            <BarChart
              data={stats.quizScores.map(({ from, to, count }) => ({ label: t("bucket", { from, to }), value: count }))}
              caption={t("quizTitle")}
              labelHeader={t("scoreRange")}
              valueHeader={t("scoresCount")}
              locale={locale}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("completionTitle")} />
          <CardBody>
            <DonutChart
              data={stats.byStatus.map(({ status, count }) => ({ label: t("statusName", { status }), value: count }))}
              totalLabel={t("completionTotal")}
              legendLabel={t("completionTitle")}
              locale={locale}
            />
          </CardBody>
        </Card>
      </div>
    </section>
  );
}
