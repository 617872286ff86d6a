import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { consumeMailRequest } from "@/lib/security/rate-limit";
import { sendActivationMail, sendInBackground } from "./account-mails";
import { consumeOneTimeToken, issueOneTimeToken } from "./one-time-tokens";
import { ZEmailInput, ZTokenInput } from "./schemas";

/** Uses an activation link: the account may sign in from now on. */
export async function activateAccount(input: unknown, ctx: { ip: string }) {
  const { token } = parseInput(ZTokenInput, input);
  return db.$transaction(async (tx) => {
    const userId = await consumeOneTimeToken(tx, token, "ACTIVATION");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, activatedAt: true } });
    if (!user.activatedAt) {
      await tx.user.update({ where: { id: userId }, data: { activatedAt: new Date() } });
      await audit({ actorId: userId, action: "user.activate", entity: "User", entityId: userId, ip: ctx.ip }, tx);
    }
    return { user: { id: user.id, email: user.email } };
  });
}

/** Sends a fresh activation link to an inactive account. Answers alike, with the same work, for any address. */
export async function resendActivation(input: unknown, ctx: { ip: string }) {
  const { email } = parseInput(ZEmailInput, input);
  await consumeMailRequest(email, ctx.ip);
  sendInBackground("activation", () => mailActivationLink(email));
  return { user: { email } };
}

async function mailActivationLink(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, fullName: true, locale: true, activatedAt: true, disabledAt: true } });
  if (!user || user.activatedAt || user.disabledAt) return;
  const token = await db.$transaction((tx) => issueOneTimeToken(tx, user.id, "ACTIVATION"));
  await sendActivationMail(user, token);
}
