// The dashboard's figures: totals, accounts by role, sign-ups per week.
import { getLocale } from "next-intl/server";
import { formatCount, formatDay } from "@/components/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { BarChart } from "@/components/ui/charts/bar-chart";
import { DonutChart } from "@/components/ui/charts/donut-chart";
import { UserPlusIcon, UsersIcon } from "@/components/ui/icons";
import { StatTile } from "@/components/ui/stat-tile";
import type { Actor } from "@/lib/auth/actor";
import { TIME_ZONES } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/translator";
import { roleLabels } from "@/lib/shared/labels";
import { getUserStats } from "@/lib/users/stats";

export async function UserCharts({ actor }: { actor: Actor }) {
  const locale = await getLocale();
  const [t, stats] = await Promise.all([getT("Admin"), getUserStats(actor, { timeZone: TIME_ZONES[locale] })]);
  const total = stats.byRole.reduce((sum, { count }) => sum + count, 0);
  const recent = stats.signupsPerWeek.reduce((sum, { count }) => sum + count, 0);

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        <StatTile icon={<UsersIcon />} figure={formatCount(total, locale)}>
          {t("totalAccounts", { count: total })}
        </StatTile>
        <StatTile icon={<UserPlusIcon />} figure={formatCount(recent, locale)}>
          {t("recentSignups", { count: recent })}
        </StatTile>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card>
          <CardHeader title={t("byRoleTitle")} />
          <CardBody>
            <DonutChart
              data={stats.byRole.map(({ role, count }) => ({ label: t("roleName", { role: roleLabels.label(role) }), value: count }))}
              totalLabel={t("byRoleTotal")}
              legendLabel={t("byRoleTitle")}
              locale={locale}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("signupsTitle")} description={t("signupsDescription")} />
          <CardBody>
            <BarChart
              data={stats.signupsPerWeek.map(({ weekStart, count }) => ({ label: formatDay(weekStart, locale), value: count }))}
              caption={t("signupsTitle")}
              labelHeader={t("weekOf")}
              valueHeader={t("signups")}
              locale={locale}
            />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
