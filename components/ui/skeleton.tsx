import { cx } from "./cx";

/** A grey placeholder block; hidden from screen readers, so the region around it says what is loading. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded-md bg-slate-200/80", className)} />;
}

