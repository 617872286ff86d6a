// Role checks, in one place. Rules call these instead of comparing role strings inline.
import type { Role } from "@/lib/generated/prisma/enums";

type Someone = { role: Role } | null;

export const isAdmin = (who: Someone) => who?.role === "ADMIN";

/** Teachers, and admins who may do anything a teacher can. */
export const canTeach = (who: Someone) => who?.role === "TEACHER" || who?.role === "ADMIN";
export const TEACHING_ROLES: Role[] = ["TEACHER", "ADMIN"];
export const ADMIN_ROLES: Role[] = ["ADMIN"];
