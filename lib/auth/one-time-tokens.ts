// Activation and password-reset links: 256 random bits, only the SHA-256 stored, an
// expiry, and single use (consumed by one conditional UPDATE, so two clicks race safely).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { randomToken, sha256 } from "./crypto";

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  ACTIVATION: 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 30 * 60 * 1000,
};

/** A new link token for the user; earlier unused ones of the same purpose stop working. */
export async function issueOneTimeToken(tx: Tx, userId: number, purpose: TokenPurpose): Promise<string> {
  const now = new Date();
  await tx.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const token = randomToken();
  await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash: sha256(token), createdAt: now, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) },
  });
  return token;
}

/** Uses up a token and returns its user id; 400 when unknown, used or expired. */
export async function consumeOneTimeToken(tx: Tx, token: string, purpose: TokenPurpose): Promise<number> {
  const tokenHash = sha256(token);
  const now = new Date();
  const { count } = await tx.oneTimeToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const row = count === 1 ? await tx.oneTimeToken.findUnique({ where: { tokenHash }, select: { userId: true } }) : null;
  if (!row) {
    throw new AppError("BAD_REQUEST", { key: "invalidLink", values: { purpose: purpose === "ACTIVATION" ? "activation" : "reset" } }, {
      fieldErrors: [{ field: "token", message: { key: "invalidOrExpired" } }],
    });
  }
  return row.userId;
}
