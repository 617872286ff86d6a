import { cx } from "./cx";

type ProgressBarProps = {
  /** 0 to 1; null while the total is unknown (the bar then moves without a figure). */
  value: number | null;
  /** What is progressing, for screen readers ("Upload", "Course progress"). */
  label: string;
  /** The figure as people read it ("40%", "3 of 8 lessons"), read out with the value. */
  valueText?: string;
  tone?: "brand" | "success";
  className?: string;
};

const tones = { brand: "bg-brand-600", success: "bg-accent-600" };

export function ProgressBar({ value, label, valueText, tone = "brand", className }: ProgressBarProps) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={valueText}
      className={cx("h-2 w-full overflow-hidden rounded-full bg-slate-200", className)}
    >
      <div
        className={cx("h-full rounded-full transition-[width]", tones[tone], percent === null && "w-1/3 animate-pulse")}
        style={percent === null ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}
