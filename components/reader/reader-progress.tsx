// How far the reader is through the course: a bar and "3 of 12 completed".
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatPercent } from "@/components/format";
import type { Locale } from "@/lib/i18n/locales";
import { useT } from "@/lib/i18n/translator";

export function ReaderProgress({ completed, total, locale }: { completed: number; total: number; locale: Locale }) {
  const t = useT("Reader");
  const share = total === 0 ? 0 : completed / total;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3 text-xs text-slate-600">
        <span className="font-medium text-slate-700">{t("progress")}</span>
        <span className="tabular-nums">{formatPercent(share, locale)}</span>
      </div>
      <ProgressBar value={share} label={t("progress")} valueText={t("progressText", { completed, total })} tone="success" />
      <p className="text-xs text-slate-600">{t("progressText", { completed, total })}</p>
    </div>
  );
}
