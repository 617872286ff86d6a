// Checks a sign-in (web or API): the account and the client's device token, then the rate
// limits, then the password, then the account's state. An unknown account goes through the
// same limits, costs one argon2 verification like a known one, and gets the same answer as a
// wrong password, so responses never reveal which emails exist. A successful sign-in hands
// out a fresh device token (see device-tokens.ts).
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { assertSignInAllowed, type GuessSource, recordSignInFailure, recordSignInSuccess } from "@/lib/security/rate-limit";
import { sendInBackground, sendSignInsPausedMail } from "./account-mails";
import { deviceOf, signDeviceToken, ZDeviceTokenField } from "./device-tokens";
import { hashPassword, verifyPassword } from "./password-hash";
import { ZSignInInput } from "./schemas";

let dummyHash: Promise<string> | undefined;
const timingEqualiser = () => (dummyHash ??= hashPassword("no-such-account-timing-equaliser"));

/** The key of an account in the sign-in limits: its id, or the identifier when there is no such account. */
export const accountLimitKey = (user: { id: number } | null, identifier: string) => (user ? `user:${user.id}` : `name:${identifier}`);

async function signInsPaused(user: { id: number; email: string; fullName: string; locale: Locale | null }, seconds: number, ctx: { ip: string }) {
  await audit({ actorId: null, action: "auth.sign_ins_paused", entity: "User", entityId: user.id, data: { seconds }, ip: ctx.ip });
  await sendSignInsPausedMail(user, seconds);
}

export async function authenticate(input: unknown, ctx: { ip: string }) {
  const { identifier, password } = parseInput(ZSignInInput, input);
  const { deviceToken } = ZDeviceTokenField.parse(input);

  const user = await db.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { username: identifier },
    select: { id: true, email: true, username: true, fullName: true, locale: true, role: true, passwordHash: true, sessionVersion: true, activatedAt: true, disabledAt: true },
  });
  const source: GuessSource = { account: accountLimitKey(user, identifier), ip: ctx.ip, device: await deviceOf(deviceToken, user?.id) };
  await assertSignInAllowed(source);

  const valid = await verifyPassword(user?.passwordHash ?? (await timingEqualiser()), password);
  if (!user || !valid) {
    await audit({ actorId: user?.id ?? null, action: "auth.sign_in_failed", entity: "User", entityId: user?.id, data: { identifier }, ip: ctx.ip });
    const blockedFor = await recordSignInFailure(source);
    // Told after the answer, so that the answer costs the same whether the account exists.
    if (user && blockedFor > 0) sendInBackground("sign-ins paused", () => signInsPaused(user, blockedFor, ctx));
    throw new AppError("UNAUTHORIZED", { key: "invalidCredentials" });
  }
  await recordSignInSuccess(source);
  // Only someone who knows the password learns the account's state.
  if (user.disabledAt) throw new AppError("FORBIDDEN", { key: "accountDisabled" });
  if (!user.activatedAt) throw new AppError("FORBIDDEN", { key: "notActivated" }, { fieldErrors: [{ field: "email", message: { key: "notActivatedField" } }] });

  await audit({ actorId: user.id, action: "auth.sign_in", entity: "User", entityId: user.id, ip: ctx.ip });
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    sessionVersion: user.sessionVersion,
    deviceToken: await signDeviceToken(user.id),
  };
}
