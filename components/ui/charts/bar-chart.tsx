// Bars over time (sign-ups per week, enrolments per month). Rendered on the server as SVG:
// the chart library's scales lay it out and no chart code reaches the browser. Bars are
// placed in percent of the width and text is HTML, so the chart fits any width without
// scaling its labels. The figures are also a visually hidden table for screen readers.
import { scaleBand, scaleLinear } from "@visx/scale";
import { formatCount } from "@/components/format";
import type { Locale } from "@/lib/i18n/locales";
import { cx } from "../cx";
import { seriesAt } from "./palette";

export type BarDatum = { label: string; value: number };

type BarChartProps = {
  data: readonly BarDatum[];
  /** Names the chart's table for screen readers, and its two columns. */
  caption: string;
  labelHeader: string;
  valueHeader: string;
  locale: Locale;
  height?: number;
  /** How a value reads (axis, tooltips, table); a count unless told, e.g. rupiah for revenue. */
  formatValue?: (value: number) => string;
  /** The value axis' width, wider for long figures such as amounts. */
  axisClassName?: string;
  className?: string;
};

export function BarChart({ data, caption, labelHeader, valueHeader, locale, height = 200, formatValue = (value) => formatCount(value, locale), axisClassName = "w-8", className }: BarChartProps) {
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const y = scaleLinear<number>({ domain: [0, max], range: [height, 0], nice: 4 });
  const x = scaleBand<string>({ domain: data.map((datum) => datum.label), range: [0, 100], paddingInner: 0.3, paddingOuter: 0.15 });
  const ticks = y.ticks(4).filter(Number.isInteger);
  const fill = seriesAt(0).fill;

  return (
    <figure className={cx("@container w-full", className)}>
      <div aria-hidden="true" className="flex gap-2">
        <div className={cx("relative shrink-0 text-right text-xs text-slate-600 tabular-nums", axisClassName)} style={{ height }}>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 -translate-y-1/2" style={{ top: y(tick) }}>
              {formatValue(tick)}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <svg width="100%" height={height} className="block overflow-visible">
            {ticks.map((tick) => (
              <line key={tick} x1="0" x2="100%" y1={y(tick)} y2={y(tick)} className="stroke-slate-200" strokeDasharray={tick === 0 ? undefined : "3 3"} />
            ))}
            {data.map((datum) => {
              const top = y(datum.value);
              return (
                <rect key={datum.label} x={`${x(datum.label) ?? 0}%`} width={`${x.bandwidth()}%`} y={top} height={Math.max(0, height - top)} rx={3} className={fill}>
                  <title>{`${datum.label}: ${formatValue(datum.value)}`}</title>
                </rect>
              );
            })}
          </svg>
          <div className="mt-2 grid text-center text-xs text-slate-600" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
            {data.map((datum, index) => (
              // Centred under its bar, spilling over its neighbours' room when it is wider; in a
              // narrow chart (a phone, half a dashboard) only every third label, so they do not
              // run into each other.
              <span key={datum.label} className={cx("flex justify-center whitespace-nowrap", index % 3 !== 0 && "@max-[38rem]:invisible")}>
                {datum.label}
              </span>
            ))}
          </div>
        </div>
      </div>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((datum) => (
            <tr key={datum.label}>
              <th scope="row">{datum.label}</th>
              <td>{formatValue(datum.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
