import { canTeach, isAdmin } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NavItem } from "./nav-links";

/** What the header needs to know about the signed-in user. */
export type SessionUser = { name: string; image: string | null; role: Role };

/** The signed-in areas a role may open, in menu order. */
export function accountLinks(role: Role): NavItem[] {
  return [
    { href: "/dashboard", label: "dashboard" },
    ...(canTeach({ role }) ? ([{ href: "/teach", label: "teaching" }, { href: "/teach/grading", label: "grading" }] as const) : []),
    ...(isAdmin({ role }) ? [{ href: "/admin", label: "admin" } as const] : []),
  ];
}
