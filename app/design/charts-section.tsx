import { getLocale } from "next-intl/server";
import { formatDay } from "@/components/format";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { BarChart } from "@/components/ui/charts/bar-chart";
import { DonutChart } from "@/components/ui/charts/donut-chart";
import { getT } from "@/lib/i18n/translator";
import { DesignSection } from "./section";

// Fixed sample figures, so screenshots compare from run to run.
const WEEKS = ["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"];
const ENROLMENTS = [4, 9, 7, 12, 15, 11, 0, 18, 22, 19, 25, 31];

export async function ChartsSection() {
  const locale = await getLocale();
  const t = await getT("Design");
  return (
    <DesignSection id="charts" title={t("charts")} text={t("chartsText")}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card>
          <CardHeader title={t("barTitle")} />
          <CardBody>
            <BarChart
              data={WEEKS.map((week, index) => ({ label: formatDay(week, locale), value: ENROLMENTS[index] ?? 0 }))}
              caption={t("barTitle")}
              labelHeader={t("week")}
              valueHeader={t("enrolmentsHeader")}
              locale={locale}
            />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("donutTitle")} />
          <CardBody>
            <DonutChart
              data={[
                { label: t("inProgress"), value: 46 },
                { label: t("completed"), value: 31 },
                { label: t("notStarted"), value: 12 },
              ]}
              totalLabel={t("donutTotal")}
              legendLabel={t("donutTitle")}
              locale={locale}
            />
          </CardBody>
        </Card>
      </div>
    </DesignSection>
  );
}
