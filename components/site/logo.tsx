import Link from "next/link";
import { cx } from "@/components/ui/cx";

/** The Lumen mark: an "L" with a point of light. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span aria-hidden="true" className={cx("inline-flex size-8 items-center justify-center rounded-lg bg-linear-to-br from-brand-600 to-accent-600 shadow-sm", className)}>
      <svg viewBox="0 0 24 24" fill="none" className="size-5 text-white">
        <path d="M8 5v13h9" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="16.5" cy="7.5" r="2.5" fill="currentColor" />
      </svg>
    </span>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <Link href="/" className={cx("inline-flex items-center gap-2 rounded-lg text-lg font-semibold tracking-tight text-slate-900", className)}>
      <LogoMark />
      Lumen
    </Link>
  );
}
