"use client";
// The course editor's sections as links (each has its own URL), the current one marked.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export type CourseTab = { href: string; label: string; /** Deeper paths that belong to the tab, e.g. a content's editor under Curriculum. */ also?: string[] };

export function CourseTabs({ tabs, label }: { tabs: readonly CourseTab[]; label: string }) {
  const pathname = usePathname();
  const current = tabs.find((tab) => pathname === tab.href || tab.also?.some((prefix) => pathname.startsWith(prefix)));
  return (
    <nav aria-label={label} className="-mb-px flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => {
        const active = tab === current;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={cx(
              "focus-ring shrink-0 rounded-t-md border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors",
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
