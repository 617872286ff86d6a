// An icon and a figure. Inline ("12 students" on the course page and course cards: the
// text says the figure and what it counts), or, given a headline figure, a dashboard tile
// with the figure large over its label.
import type { ReactNode } from "react";
import { cx } from "./cx";

type StatTileProps = {
  /** Decorative: the text says what the figure counts. */
  icon: ReactNode;
  children: ReactNode;
  /** The figure, shown large above `children` (its label). */
  figure?: ReactNode;
  className?: string;
};

export function StatTile({ icon, children, figure, className }: StatTileProps) {
  if (figure === undefined) {
    return (
      <span className={cx("stat", className)}>
        {icon}
        {children}
      </span>
    );
  }
  return (
    <div className={cx("flex items-center gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-xs", className)}>
      <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 [&>svg]:size-5">{icon}</span>
      <div className="min-w-0">
        <p className="text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">{figure}</p>
        <p className="text-sm text-slate-600">{children}</p>
      </div>
    </div>
  );
}
