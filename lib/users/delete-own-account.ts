import type { Actor } from "@/lib/auth/actor";
import { assertCurrentPassword } from "@/lib/auth/password-recheck";
import { db } from "@/lib/db";
import { notFound, parseInput } from "@/lib/errors";
import { ZDeleteOwnAccountInput } from "./delete-own-account-schema";
import { deleteUser } from "./delete-user";

/**
 * Self-service deletion: the current password confirms it, so a session left open on a shared
 * computer cannot delete the account, and the check is limited like every password re-check.
 */
export async function deleteOwnAccount(actor: Actor, input: unknown, ctx: { ip: string }) {
  const { password } = parseInput(ZDeleteOwnAccountInput, input);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, passwordHash: true } });
  if (!user) throw notFound("User");
  await assertCurrentPassword(user, password, ctx, { field: "password", key: "passwordIncorrect" });
  await deleteUser(actor, actor.id);
}
