// API access tokens: short-lived JWTs, HS256 only, issuer and audience checked. Each has a
// jti so logout can revoke it, the user's sessionVersion (sv) so a password change or
// role change ends it, and its refresh family (fam) so logout can end that too.
import { randomUUID } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "lumen-lms";
const AUDIENCE = "lumen-lms-api";

const key = () => new TextEncoder().encode(`api-access-token:${env().AUTH_SECRET}`);

export type AccessClaims = { userId: number; sessionVersion: number; jti: string; familyId: string; expiresAt: Date };

export async function signAccessToken(user: { id: number; sessionVersion: number }, familyId: string) {
  const jti = randomUUID();
  const token = await new SignJWT({ sv: user.sessionVersion, fam: familyId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(user.id))
    .setJti(jti)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(key());
  return { accessToken: token, expiresIn: ACCESS_TOKEN_TTL_SECONDS, jti };
}

export const invalidToken = (message = "Invalid or expired access token.") =>
  new AppError("UNAUTHORIZED", message, { headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });

export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    const userId = Number(payload.sub);
    if (!Number.isSafeInteger(userId) || typeof payload.sv !== "number" || typeof payload.fam !== "string" || !payload.jti || !payload.exp) {
      throw invalidToken();
    }
    return { userId, sessionVersion: payload.sv, jti: payload.jti, familyId: payload.fam, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof joseErrors.JOSEError) throw invalidToken();
    throw error;
  }
}
