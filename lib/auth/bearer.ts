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
  if (!match?.[1]) throw invalidToken("malformedAuthorization");
  const claims = await verifyAccessToken(match[1]);
  // One query: the token's family by primary key, joined to its user.
  const family = await db.tokenFamily.findUnique({
    where: { id: claims.familyId },
    select: { revokedAt: true, user: { select: { id: true, role: true, sessionVersion: true, disabledAt: true } } },
  });
  const user = family?.user;
  // A revoked family (logout, refresh-token reuse) or a bumped sessionVersion (password change,
  // role change, disabling) ends the token at once.
  if (!family || family.revokedAt || !user || user.id !== claims.userId || user.disabledAt || user.sessionVersion !== claims.sessionVersion) {
    throw invalidToken();
  }
  return { actor: { id: user.id, role: user.role }, claims };
}
