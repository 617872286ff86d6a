// Forgotten and reset passwords. A reset ends all sessions and API tokens of the account
// and tells its owner by email.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { clearAccountSignInBlock, consumeMailRequest } from "@/lib/security/rate-limit";
import { notifyPasswordChanged, sendInBackground, sendPasswordResetMail } from "./account-mails";
import { accountLimitKey } from "./authenticate";
import { endAllSessions } from "./end-sessions";
import { consumeOneTimeToken, issueOneTimeToken } from "./one-time-tokens";
import { hashPassword } from "./password-hash";
import { ZEmailInput, ZResetPasswordInput } from "./schemas";

/**
 * Emails a 30-minute reset link. The answer never depends on the address: whether it has an
 * account is looked up after the answer, so known and unknown addresses cost the request the
 * same work and time.
 */
export async function forgotPassword(input: unknown, ctx: { ip: string }) {
  const { email } = parseInput(ZEmailInput, input);
  await consumeMailRequest(email, ctx.ip);
  sendInBackground("password reset", () => mailResetLink(email, ctx));
  return { user: { email } };
}

async function mailResetLink(email: string, ctx: { ip: string }) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, fullName: true, locale: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const token = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, "PASSWORD_RESET");
    await audit({ actorId: user.id, action: "auth.password_reset_requested", entity: "User", entityId: user.id, ip: ctx.ip }, tx);
    return token;
  });
  await sendPasswordResetMail(user, token);
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
      select: { id: true, email: true, fullName: true, locale: true },
    });
    await endAllSessions(tx, userId);
    await audit({ actorId: userId, action: "auth.password_reset", entity: "User", entityId: userId, ip: ctx.ip }, tx);
    return user;
  });
  // Proof of the mailbox ends an account-wide sign-in pause that an attacker may have caused.
  await clearAccountSignInBlock(accountLimitKey(user, user.email));
  await notifyPasswordChanged(user);
  return { user: { email: user.email } };
}
