import type { ReactNode } from "react";
import { cx } from "./cx";

/** A grey placeholder block; hidden from screen readers (LoadingState announces instead). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded-md bg-slate-200/80", className)} />;
}

/** Wraps skeletons and tells assistive technology that content is loading. */
export function LoadingState({ label = "Loading…", children, className }: { label?: string; children: ReactNode; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
