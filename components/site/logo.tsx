import Link from "next/link";
import { cx } from "@/components/ui/cx";

/** The Lumen mark: a rising light over a horizon. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span aria-hidden="true" className={cx("inline-flex size-8 items-center justify-center rounded-lg bg-linear-to-br from-brand-600 to-accent-600 shadow-sm", className)}>
      <svg viewBox="0 0 24 24" fill="none" className="size-5 text-white">
        <path d="M5 16a7 7 0 0 1 14 0" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        <path d="M3 19h18M12 4v2.5M5.2 7.2l1.7 1.7M18.8 7.2l-1.7 1.7" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
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
