// A signed-in user changes their password. It ends all sessions and API tokens of the
// account and tells its owner by email.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { notFound, parseInput } from "@/lib/errors";
import { notifyPasswordChanged } from "./account-mails";
import { endAllSessions } from "./end-sessions";
import { hashPassword } from "./password-hash";
import { assertCurrentPassword } from "./password-recheck";
import { ZChangePasswordInput } from "./schemas";

export async function changePassword(actor: Actor, input: unknown, ctx: { ip: string }) {
  const data = parseInput(ZChangePasswordInput, input);
  const current = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, passwordHash: true } });
  if (!current) throw notFound("User");
  await assertCurrentPassword(current, data.oldPassword, ctx, { field: "oldPassword", key: "currentPasswordIncorrect" });
  const passwordHash = await hashPassword(data.newPassword);
  const user = await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: { passwordHash }, select: { email: true, fullName: true, locale: true } });
    await endAllSessions(tx, actor.id);
    await audit({ actorId: actor.id, action: "auth.password_change", entity: "User", entityId: actor.id, ip: ctx.ip }, tx);
    return user;
  });
  await notifyPasswordChanged(user);
  return { user: { email: user.email } };
}
