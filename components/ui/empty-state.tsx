import type { ReactNode } from "react";
import { cx } from "./cx";

type EmptyStateProps = {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  /** h1 when the empty state is the whole page (404, errors). */
  titleAs?: "h1" | "h2" | "h3";
  className?: string;
};

export function EmptyState({ icon, title, description, action, titleAs: Title = "h2", className }: EmptyStateProps) {
  return (
    <div className={cx("flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-slate-50/50 px-6 py-14 text-center", className)}>
      {icon && (
        <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-white text-brand-600 shadow-xs ring-1 ring-slate-200">
          {icon}
        </div>
      )}
      <Title className="text-lg font-semibold text-slate-900">{title}</Title>
      {description && <p className="mt-2 max-w-md text-sm text-pretty text-slate-600">{description}</p>}
      {action && <div className="mt-6 flex flex-wrap justify-center gap-3">{action}</div>}
    </div>
  );
}
