// Role checks, in one place. Rules call these instead of comparing role strings inline.
import type { MaybeActor } from "@/lib/auth/actor";

export const isAdmin = (actor: MaybeActor) => actor?.role === "ADMIN";
export const isTeacher = (actor: MaybeActor) => actor?.role === "TEACHER";
export const isStudent = (actor: MaybeActor) => actor?.role === "STUDENT";
