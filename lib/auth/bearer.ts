// Resolves the actor of an /api/v1 request from its bearer token. Cookies are never read
// there, so the API has no CSRF surface.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { type AccessClaims, invalidToken, verifyAccessToken } from "./access-tokens";

export type BearerAuth = { actor: Actor; claims: AccessClaims };

/** null without an Authorization header; 401 for a malformed, expired, revoked or outdated token. */
export async function authenticateBearer(header: string | null): Promise<BearerAuth | null> {
  if (!header) return null;
  const match = /^Bearer\s+([\w.~+/-]+=*)$/i.exec(header.trim());
  if (!match?.[1]) throw invalidToken("Authorization header must be: Bearer <access token>.");
  const claims = await verifyAccessToken(match[1]);
  const [user, revoked] = await Promise.all([
    db.user.findUnique({ where: { id: claims.userId }, select: { id: true, role: true, sessionVersion: true, disabledAt: true } }),
    db.revokedAccessToken.findUnique({ where: { jti: claims.jti }, select: { jti: true } }),
  ]);
  // A bumped sessionVersion (password change, role change, disabling) ends every token at once.
  if (!user || revoked || user.disabledAt || user.sessionVersion !== claims.sessionVersion) throw invalidToken();
  return { actor: { id: user.id, role: user.role }, claims };
}
