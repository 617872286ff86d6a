"use client";

// The footer's links follow the session the header found (see session-store).
import Link from "next/link";
import { useSessionUser } from "./session-store";

const guestLinks = [
  { href: "/courses", label: "Courses" },
  { href: "/login", label: "Sign in" },
  { href: "/register", label: "Create an account" },
  { href: "/docs/api", label: "API" },
];
const memberLinks = [
  { href: "/courses", label: "Courses" },
  { href: "/dashboard", label: "Dashboard" },
  { href: "/settings", label: "Account settings" },
  { href: "/docs/api", label: "API" },
];

export function FooterLinks() {
  const links = useSessionUser() ? memberLinks : guestLinks;
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="rounded text-slate-600 hover:text-slate-900 hover:underline">
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
