"use client";
// Sections of an area as links (each has its own URL), the current one marked: the course
// editor's tabs, the admin console's sections. On a narrow screen the row scrolls sideways
// and keeps the current section in view. The look is the .link-tab class (globals.css): it
// keeps this code, which every admin page loads, small.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export type LinkTab = { href: string; label: string; /** Deeper paths that belong to the tab, e.g. a content's editor under Curriculum. */ also?: string[] };

export function LinkTabs({ tabs, label }: { tabs: readonly LinkTab[]; label: string }) {
  const pathname = usePathname();
  const current = tabs.find((tab) => pathname === tab.href || tab.also?.some((prefix) => pathname.startsWith(prefix)));
  const currentLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    // A statement, not the arrow's value: newer browsers return a promise, which React would take for a cleanup.
    currentLink.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav aria-label={label} className="-mb-px flex gap-1 overflow-x-auto border-b border-slate-200">
      {tabs.map((tab) => {
        const active = tab === current;
        return (
          <Link
            key={tab.href}
            ref={active ? currentLink : undefined}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className="link-tab"
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
