"use client";

// The footer's links follow the session the header found (see session-store); while that is
// still being checked only the links everyone gets are shown, never a signed-in user's
// "Sign in" for a moment.
import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";
import { useSessionUser } from "./session-store";

type FooterLink = { href: string; label: "courses" | "signIn" | "register" | "dashboard" | "accountSettings" | "api" };

const commonLinks: FooterLink[] = [
  { href: "/courses", label: "courses" },
  { href: "/docs/api", label: "api" },
];
const guestLinks: FooterLink[] = [
  { href: "/courses", label: "courses" },
  { href: "/login", label: "signIn" },
  { href: "/register", label: "register" },
  { href: "/docs/api", label: "api" },
];
const memberLinks: FooterLink[] = [
  { href: "/courses", label: "courses" },
  { href: "/dashboard", label: "dashboard" },
  { href: "/settings", label: "accountSettings" },
  { href: "/docs/api", label: "api" },
];

export function FooterLinks() {
  const t = useClientText("Footer");
  const user = useSessionUser();
  const links = user === undefined ? commonLinks : user ? memberLinks : guestLinks;
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="rounded text-slate-600 hover:text-slate-900 hover:underline">
            {t(link.label)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
