"use client";

// A header link that marks the section the visitor is in.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { currentHref } from "./nav-links";

/** siblings: the hrefs of the links beside it, of which only the most specific match is current. */
export function NavLink({ href, siblings = [href], children }: { href: string; siblings?: readonly string[]; children: ReactNode }) {
  const active = currentHref(usePathname(), siblings) === href;
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cx(
        "rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors hover:bg-slate-100 hover:text-slate-900",
        active ? "bg-slate-100 text-slate-900" : "text-slate-600",
      )}
    >
      {children}
    </Link>
  );
}
