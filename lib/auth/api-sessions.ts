// API sign-in sessions for external clients: a short access token plus a rotating
// refresh token, both bound to the sign-in's token family. Revocations live in PostgreSQL,
// so they hold across app instances.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { type AccessClaims, signAccessToken } from "./access-tokens";
import { authenticate } from "./authenticate";
import { invalidRefreshToken, issueRefreshToken, revokeFamily, rotateRefreshToken } from "./refresh-tokens";
import { ZRefreshInput } from "./schemas";

async function tokensFor(user: { id: number; sessionVersion: number }, familyId?: string) {
  const refresh = await issueRefreshToken(db, user.id, familyId);
  const access = await signAccessToken(user, refresh.familyId);
  return { accessToken: access.accessToken, tokenType: "Bearer" as const, expiresIn: access.expiresIn, refreshToken: refresh.refreshToken };
}

/** Signs in; the answer's deviceToken, sent back with later sign-ins, marks this client as known. */
export async function apiLogin(input: unknown, ctx: { ip: string }) {
  const user = await authenticate(input, ctx);
  return {
    ...(await tokensFor(user)),
    deviceToken: user.deviceToken,
    user: { id: user.id, email: user.email, username: user.username, fullName: user.fullName },
  };
}

/** Trades a refresh token for new tokens in the same family; a replayed (long rotated) token ends the family. */
export async function refreshApiSession(input: unknown, ctx: { ip: string }) {
  const { refreshToken } = parseInput(ZRefreshInput, input);
  const { userId, familyId, reused } = await rotateRefreshToken(refreshToken);
  if (reused) {
    await audit({ actorId: userId, action: "auth.refresh_token_reused", entity: "User", entityId: userId, data: { familyId }, ip: ctx.ip });
    throw invalidRefreshToken();
  }
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, sessionVersion: true, disabledAt: true } });
  if (!user || user.disabledAt) throw invalidRefreshToken();
  return tokensFor(user, familyId);
}

/** Revokes the sign-in's family: its refresh tokens and every access token that carries it, this one too. */
export async function logoutApiSession(claims: AccessClaims) {
  await revokeFamily(db, claims.familyId);
}
