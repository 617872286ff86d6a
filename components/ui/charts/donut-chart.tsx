// Parts of a whole (users by role). Server-rendered SVG from the chart library's pie
// layout, with the total in the middle and a legend that gives every part's figure and
// share as text, so the chart itself is decoration for screen readers.
import { Pie } from "@visx/shape";
import { formatCount, formatPercent } from "@/components/format";
import type { Locale } from "@/lib/i18n/locales";
import { cx } from "../cx";
import { seriesAt } from "./palette";

export type DonutDatum = { label: string; value: number };

type DonutChartProps = {
  data: readonly DonutDatum[];
  /** The word under the total, e.g. "accounts". */
  totalLabel: string;
  /** Names the legend list, e.g. "Accounts by role". */
  legendLabel: string;
  locale: Locale;
  className?: string;
};

const SIZE = 160;

export function DonutChart({ data, totalLabel, legendLabel, locale, className }: DonutChartProps) {
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  return (
    <div className={cx("flex flex-wrap items-center gap-6", className)}>
      <div className="relative size-40 shrink-0">
        <svg viewBox={`${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`} aria-hidden="true" className="size-full">
          <circle r={SIZE / 2 - 12} className="fill-none stroke-slate-100" strokeWidth={24} />
          <Pie data={data as DonutDatum[]} pieValue={(datum) => datum.value} outerRadius={SIZE / 2} innerRadius={SIZE / 2 - 24} padAngle={total ? 0.02 : 0} pieSortValues={null}>
            {(pie) =>
              pie.arcs.map((arc, index) => (
                <path key={arc.data.label} d={pie.path(arc) ?? ""} className={seriesAt(index).fill}>
                  <title>{`${arc.data.label}: ${formatCount(arc.data.value, locale)}`}</title>
                </path>
              ))
            }
          </Pie>
        </svg>
        <div aria-hidden="true" className="absolute inset-0 flex flex-col items-center justify-center">
          <span className="text-2xl font-semibold text-slate-900 tabular-nums">{formatCount(total, locale)}</span>
          <span className="text-xs text-slate-600">{totalLabel}</span>
        </div>
      </div>
      <ul aria-label={legendLabel} className="min-w-40 flex-1 space-y-2 text-sm">
        {data.map((datum, index) => (
          <li key={datum.label} className="flex items-center gap-2">
            <span aria-hidden="true" className={cx("size-3 shrink-0 rounded-sm", seriesAt(index).swatch)} />
            <span className="flex-1 text-slate-700">{datum.label}</span>
            <span className="font-medium text-slate-900 tabular-nums">{formatCount(datum.value, locale)}</span>
            <span className="w-10 text-right text-slate-600 tabular-nums">{formatPercent(total ? datum.value / total : 0, locale)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
