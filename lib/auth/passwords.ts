// Forgotten, reset and changed passwords. Every change ends all sessions and API tokens of
// the account and tells its owner by email.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { log } from "@/lib/log";
import { consumeMailRequest } from "@/lib/security/rate-limit";
import { sendInBackground, sendPasswordChangedMail, sendPasswordResetMail } from "./account-mails";
import { endAllSessions } from "./end-sessions";
import { consumeOneTimeToken, issueOneTimeToken } from "./one-time-tokens";
import { hashPassword, verifyPassword } from "./password";
import { ZChangePasswordInput, ZEmailInput, ZResetPasswordInput } from "./schemas";

const notifyChanged = (user: { email: string; fullName: string }) =>
  sendPasswordChangedMail(user).catch((error: unknown) => log.error({ err: error }, "password-changed mail failed"));

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
  await notifyChanged(user);
  return { user: { email: user.email } };
}

export async function changePassword(actor: Actor, input: unknown, ctx: { ip: string }) {
  const data = parseInput(ZChangePasswordInput, input);
  const current = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!current) throw notFound("User");
  if (!(await verifyPassword(current.passwordHash, data.oldPassword))) {
    throw new AppError("BAD_REQUEST", "Current password is incorrect.", { fieldErrors: [{ field: "oldPassword", message: "Current password is incorrect." }] });
  }
  const passwordHash = await hashPassword(data.newPassword);
  const user = await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: { passwordHash }, select: { email: true, fullName: true } });
    await endAllSessions(tx, actor.id);
    await audit({ actorId: actor.id, action: "auth.password_change", entity: "User", entityId: actor.id, ip: ctx.ip }, tx);
    return user;
  });
  await notifyChanged(user);
  return { user: { email: user.email } };
}
