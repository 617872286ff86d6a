import { canTeach, isAdmin } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NavItem } from "./nav-links";

/** What the header needs to know about the signed-in user. */
export type SessionUser = { name: string; image: string | null; role: Role };

/** Students' own records, next to their dashboard ("My learning"). */
const studentLinks: NavItem[] = [
  { href: "/dashboard", label: "myLearning" },
  { href: "/dashboard/certificates", label: "certificates" },
  { href: "/dashboard/invoices", label: "invoices" },
  { href: "/discussions", label: "discussions" },
];

/** The signed-in areas a role may open, in menu order. */
export function accountLinks(role: Role): NavItem[] {
  if (!canTeach({ role })) return studentLinks;
  return [
    { href: "/dashboard", label: "dashboard" },
    { href: "/teach", label: "teaching" },
    { href: "/teach/grading", label: "grading" },
    { href: "/discussions", label: "discussions" },
    ...(isAdmin({ role }) ? [{ href: "/admin", label: "admin" } as const] : []),
  ];
}
