// Forgotten and reset passwords. A reset ends all sessions and API tokens of the account
// and tells its owner by email.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { consumeMailRequest } from "@/lib/security/rate-limit";
import { notifyPasswordChanged, sendInBackground, sendPasswordResetMail } from "./account-mails";
import { endAllSessions } from "./end-sessions";
import { consumeOneTimeToken, issueOneTimeToken } from "./one-time-tokens";
import { hashPassword } from "./password-hash";
import { ZEmailInput, ZResetPasswordInput } from "./schemas";

/** Emails a 30-minute reset link. Same answer, in about the same time, for unknown addresses. */
export async function forgotPassword(input: unknown, ctx: { ip: string }) {
  const { email } = parseInput(ZEmailInput, input);
  await consumeMailRequest(email, ctx.ip);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, fullName: true, disabledAt: true } });
  if (user && !user.disabledAt) {
    const token = await db.$transaction((tx) => issueOneTimeToken(tx, user.id, "PASSWORD_RESET"));
    await audit({ actorId: user.id, action: "auth.password_reset_requested", entity: "User", entityId: user.id, ip: ctx.ip });
    sendInBackground("password reset", () => sendPasswordResetMail(user, token));
  }
  return { user: { email } };
}

export async function resetPassword(input: unknown, ctx: { ip: string }) {
  const data = parseInput(ZResetPasswordInput, input);
  const passwordHash = await hashPassword(data.newPassword);
  const user = await db.$transaction(async (tx) => {
    const userId = await consumeOneTimeToken(tx, data.token, "PASSWORD_RESET");
    // The reset link proves the mailbox, so an account not yet activated becomes active.
    const existing = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { activatedAt: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, activatedAt: existing.activatedAt ?? new Date() },
      select: { id: true, email: true, fullName: true },
    });
    await endAllSessions(tx, userId);
    await audit({ actorId: userId, action: "auth.password_reset", entity: "User", entityId: userId, ip: ctx.ip }, tx);
    return user;
  });
  await notifyPasswordChanged(user);
  return { user: { email: user.email } };
}
