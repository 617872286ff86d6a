// Checks a sign-in (web or API): rate limits first, then the password, then the account's
// state. An unknown account costs one argon2 verification like a known one, and gets the
// same answer as a wrong password, so responses never reveal which emails exist.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "@/lib/security/rate-limit";
import { hashPassword, verifyPassword } from "./password-hash";
import { ZSignInInput } from "./schemas";

let dummyHash: Promise<string> | undefined;
const timingEqualiser = () => (dummyHash ??= hashPassword("no-such-account-timing-equaliser"));

export const NOT_ACTIVATED = "Your account is not activated yet. Use the link in the activation email, or request a new one.";

export async function authenticate(input: unknown, ctx: { ip: string }) {
  const { identifier, password } = parseInput(ZSignInInput, input);
  await assertSignInAllowed(identifier, ctx.ip);

  const user = await db.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { username: identifier },
    select: { id: true, email: true, username: true, fullName: true, role: true, passwordHash: true, sessionVersion: true, activatedAt: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await timingEqualiser()), password);
  if (!user || !valid) {
    await audit({ actorId: user?.id ?? null, action: "auth.sign_in_failed", entity: "User", entityId: user?.id, data: { identifier }, ip: ctx.ip });
    await recordSignInFailure(identifier, ctx.ip);
    throw new AppError("UNAUTHORIZED", "Invalid email/username or password.");
  }
  await recordSignInSuccess(identifier, ctx.ip);
  // Only someone who knows the password learns the account's state.
  if (user.disabledAt) throw new AppError("FORBIDDEN", "This account has been disabled. Contact an administrator.");
  if (!user.activatedAt) throw new AppError("FORBIDDEN", NOT_ACTIVATED, { fieldErrors: [{ field: "email", message: "not activated" }] });

  await audit({ actorId: user.id, action: "auth.sign_in", entity: "User", entityId: user.id, ip: ctx.ip });
  return { id: user.id, email: user.email, username: user.username, fullName: user.fullName, role: user.role, sessionVersion: user.sessionVersion };
}
