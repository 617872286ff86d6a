// API refresh tokens: opaque, stored hashed, rotated on every use. All tokens descending
// from one sign-in share a family; presenting an already-rotated token means it was
// stolen or replayed, so the whole family is revoked.
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { randomToken, sha256 } from "./crypto";

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export const invalidRefreshToken = () => new AppError("UNAUTHORIZED", "Invalid or expired refresh token. Please sign in again.");

export async function issueRefreshToken(tx: Tx, userId: number, familyId: string = randomUUID()) {
  const refreshToken = randomToken();
  await tx.refreshToken.create({
    data: { userId, familyId, tokenHash: sha256(refreshToken), expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS) },
  });
  return { refreshToken, familyId };
}

export const revokeFamily = (tx: Tx | typeof db, familyId: string) =>
  tx.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });

/**
 * Marks the token rotated and returns its user and family; reuse revokes the family.
 * The conditional update makes two concurrent uses of one token yield one winner.
 */
export async function rotateRefreshToken(refreshToken: string): Promise<{ userId: number; familyId: string; reused: boolean }> {
  const row = await db.refreshToken.findUnique({ where: { tokenHash: sha256(refreshToken) } });
  if (!row) throw invalidRefreshToken();
  const { count } = await db.refreshToken.updateMany({
    where: { id: row.id, rotatedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { rotatedAt: new Date() },
  });
  if (count === 1) return { userId: row.userId, familyId: row.familyId, reused: false };
  if (row.rotatedAt || (row.revokedAt === null && row.expiresAt > new Date())) {
    await revokeFamily(db, row.familyId);
    return { userId: row.userId, familyId: row.familyId, reused: true };
  }
  throw invalidRefreshToken();
}
