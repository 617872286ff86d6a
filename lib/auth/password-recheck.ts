// A signed-in user confirms a sensitive change (password, email, deleting the account) with
// their current password. Each such check is a guess at the password, so it is limited like
// a sign-in: per account and per account+IP, 429 with Retry-After while blocked.
import { AppError, type ErrorText } from "@/lib/errors";
import { assertRecheckAllowed, type GuessSource, recordRecheckFailure, recordRecheckSuccess } from "@/lib/security/rate-limit";
import { verifyPassword } from "./password-hash";

/** Resolves when `password` is the user's; 400 on `field` with the `key` message when it is not. */
export async function assertCurrentPassword(
  user: { id: number; passwordHash: string },
  password: string,
  ctx: { ip: string },
  wrong: { field: string; key: ErrorText["key"] },
) {
  const source: GuessSource = { account: `user:${user.id}`, ip: ctx.ip };
  await assertRecheckAllowed(source);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordRecheckFailure(source);
    throw new AppError("BAD_REQUEST", { key: wrong.key }, { fieldErrors: [{ field: wrong.field, message: { key: wrong.key } }] });
  }
  await recordRecheckSuccess(source);
}
