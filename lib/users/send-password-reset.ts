// An administrator sends a user the same 30-minute reset link a forgotten password gets, for
// a user who cannot ask for it themselves (a mistyped address fixed since, a lost session).
// The admin never sees the link: only the user's mailbox does.
import { sendPasswordResetMail } from "@/lib/auth/account-mails";
import { issueOneTimeToken } from "@/lib/auth/one-time-tokens";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertAdmin } from "./policy";

export async function sendPasswordReset(actor: Actor, userId: number) {
  assertAdmin(actor);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, fullName: true, locale: true, disabledAt: true } });
  if (!user) throw notFound("User");
  // A disabled account could not sign in with the new password: enable it first.
  if (user.disabledAt) throw new AppError("CONFLICT", { key: "resetDisabledUser" });
  const token = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, "PASSWORD_RESET");
    await audit({ actorId: actor.id, action: "user.password_reset_sent", entity: "User", entityId: user.id }, tx);
    return token;
  });
  await sendPasswordResetMail(user, token);
  return { email: user.email };
}
