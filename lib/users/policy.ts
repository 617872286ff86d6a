// Accounts: everyone manages their own; admins manage all. Another user's account is
// "not found" to non-admins.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors";

export function assertCanManageUser(actor: Actor, userId: number) {
  if (actor.id !== userId && !isAdmin(actor)) throw notFound("User");
}

export function assertAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", { key: "adminsOnly" });
}
