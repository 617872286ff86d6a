// API refresh tokens: opaque, stored hashed, rotated on every use. All tokens descending
// from one sign-in share a family (a TokenFamily row). A rotated token used again means one
// of two things. Within a short grace window, while it is still the family's latest
// rotation, it is a second tab that refreshed at the same moment as the first: it gets a
// sibling token in the same family, so neither tab is signed out. Later, it was stolen or
// replayed: the whole family is revoked, and with it every access token that carries it.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { randomToken, sha256 } from "./crypto";

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const REFRESH_GRACE_MS = 20 * 1000;

export const invalidRefreshToken = () => new AppError("UNAUTHORIZED", { key: "invalidRefreshToken" });

/** A new refresh token in the family, or in a new family (a new sign-in) when none is given. */
export async function issueRefreshToken(tx: Tx | typeof db, userId: number, familyId?: string) {
  const refreshToken = randomToken();
  const row = await tx.refreshToken.create({
    data: {
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
      family: familyId ? { connect: { id: familyId } } : { create: { userId } },
    },
    select: { familyId: true },
  });
  return { refreshToken, familyId: row.familyId };
}

export const revokeFamily = (tx: Tx | typeof db, familyId: string) =>
  tx.tokenFamily.updateMany({ where: { id: familyId, revokedAt: null }, data: { revokedAt: new Date() } });

export type Rotation = { userId: number; familyId: string; reused: boolean };

/**
 * Marks the token rotated and returns its user and family. The conditional update makes
 * two concurrent uses of one token yield one rotation; the other use is judged by the
 * grace window (see above). `reused` means the family has just been revoked.
 */
export async function rotateRefreshToken(refreshToken: string): Promise<Rotation> {
  const now = new Date();
  const row = await db.refreshToken.findUnique({
    where: { tokenHash: sha256(refreshToken) },
    select: { id: true, familyId: true, expiresAt: true, rotatedAt: true, family: { select: { userId: true, revokedAt: true } } },
  });
  if (!row || row.family.revokedAt || row.expiresAt <= now) throw invalidRefreshToken();
  const rotation = { userId: row.family.userId, familyId: row.familyId };

  const { count } = await db.refreshToken.updateMany({ where: { id: row.id, rotatedAt: null }, data: { rotatedAt: now } });
  if (count === 1) return { ...rotation, reused: false };

  // Rotated already, perhaps a moment ago by the concurrent request that won the update.
  const rotatedAt = row.rotatedAt ?? (await db.refreshToken.findUnique({ where: { id: row.id }, select: { rotatedAt: true } }))?.rotatedAt;
  if (!rotatedAt) throw invalidRefreshToken();
  const withinGrace = now.getTime() - rotatedAt.getTime() <= REFRESH_GRACE_MS;
  if (withinGrace && (await db.refreshToken.count({ where: { familyId: row.familyId, rotatedAt: { gt: rotatedAt } } })) === 0) {
    return { ...rotation, reused: false };
  }
  await revokeFamily(db, row.familyId);
  return { ...rotation, reused: true };
}
