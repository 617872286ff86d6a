import type { ReactNode } from "react";
import { cx } from "./cx";

type EmptyStateProps = {
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  /** h1 when the empty state is the whole page (404, errors); p when it is one line inside a section. */
  titleAs?: "h1" | "h2" | "h3" | "p";
  /** sm: a quiet line inside a section ("no modules yet"); md: a list or page with nothing in it. */
  size?: "sm" | "md";
  className?: string;
};

const sizes = { sm: "px-5 py-8", md: "px-6 py-14" };
const titles = { sm: "text-sm font-medium text-slate-700", md: "text-lg font-semibold text-slate-900" };

export function EmptyState({ icon, title, description, action, titleAs: Title = "h2", size = "md", className }: EmptyStateProps) {
  return (
    <div className={cx("flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-slate-50/50 text-center", sizes[size], className)}>
      {icon && (
        <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-white text-brand-600 shadow-xs ring-1 ring-slate-200">
          {icon}
        </div>
      )}
      <Title className={titles[size]}>{title}</Title>
      {description && <p className="mt-2 max-w-md text-sm text-pretty text-slate-600">{description}</p>}
      {action && <div className="mt-6 flex flex-wrap justify-center gap-3">{action}</div>}
    </div>
  );
}
