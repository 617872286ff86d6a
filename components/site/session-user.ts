import { canTeach, isAdmin } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";

/** What the header needs to know about the signed-in user. */
export type SessionUser = { name: string; image: string | null; role: Role };

/** The signed-in areas a role may open, in menu order. */
export function accountLinks(role: Role) {
  return [
    { href: "/dashboard", label: "Dashboard" },
    ...(canTeach({ role }) ? [{ href: "/teach", label: "Teaching" }] : []),
    ...(isAdmin({ role }) ? [{ href: "/admin", label: "Admin" }] : []),
  ];
}
