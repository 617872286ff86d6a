"use client";

// The phone menu. It remembers the path it was opened on, so it closes by itself after
// any navigation without an effect.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useClientText } from "@/components/i18n/client-text";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { CloseIcon, MenuIcon } from "@/components/ui/icons";
import { currentHref, mainNav } from "./nav-links";
import { useSessionUser } from "./session-store";
import { accountLinks } from "./session-user";
import { SignOutButton } from "./sign-out-button";

export function MobileNav() {
  const t = useClientText("Header");
  const user = useSessionUser();
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const close = () => setOpenOn(null);
  const items = [...mainNav, ...(user ? [...accountLinks(user.role), { href: "/settings", label: "accountSettings" } as const] : [])];
  const current = currentHref(pathname, items.map((item) => item.href));

  return (
    <div className="lg:hidden" onKeyDown={(event) => event.key === "Escape" && close()}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="mobile-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className={buttonClasses({ variant: "ghost", size: "md", className: "-mr-2 px-2.5" })}
      >
        {open ? <CloseIcon /> : <MenuIcon />}
        <span className="sr-only">{t("menu")}</span>
      </button>
      {open && (
        <nav id="mobile-menu" aria-label={t("mainNav")} className="absolute inset-x-0 top-full border-y border-slate-200 bg-white shadow-lg">
          <ul className="space-y-1 px-4 py-3">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  onClick={close}
                  aria-current={item.href === current ? "page" : undefined}
                  className={cx("block rounded-lg px-3 py-2.5 text-base font-medium hover:bg-slate-100", item.href === current ? "bg-slate-50 text-slate-900" : "text-slate-700")}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
          {user ? (
            <div className="flex items-center justify-between gap-3 border-t border-slate-200 px-4 py-4">
              <span className="truncate text-sm font-medium text-slate-900">{user.name}</span>
              <SignOutButton variant="secondary" />
            </div>
          ) : user === null ? (
            <div className="grid grid-cols-2 gap-3 border-t border-slate-200 px-4 py-4">
              <Link href="/login" onClick={close} className={buttonClasses({ variant: "secondary" })}>
                {t("signIn")}
              </Link>
              <Link href="/register" onClick={close} className={buttonClasses({ variant: "primary" })}>
                {t("getStarted")}
              </Link>
            </div>
          ) : null}
        </nav>
      )}
    </div>
  );
}
