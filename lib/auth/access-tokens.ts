// API access tokens: short-lived JWTs, HS256 only, issuer and audience checked. Each carries
// the user's sessionVersion (sv), so a password change or role change ends it, and its
// sign-in's token family (fam), so logout or refresh-token reuse ends it too.
import { randomUUID } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { env } from "@/lib/env";
import { AppError, type ErrorText } from "@/lib/errors";

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "lumen-lms";
const AUDIENCE = "lumen-lms-api";

const key = () => new TextEncoder().encode(`api-access-token:${env().AUTH_SECRET}`);

export type AccessClaims = { userId: number; sessionVersion: number; familyId: string };

export async function signAccessToken(user: { id: number; sessionVersion: number }, familyId: string) {
  const token = await new SignJWT({ sv: user.sessionVersion, fam: familyId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(user.id))
    .setJti(randomUUID())
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(key());
  return { accessToken: token, expiresIn: ACCESS_TOKEN_TTL_SECONDS };
}

export const invalidToken = (key: ErrorText["key"] = "invalidAccessToken") =>
  new AppError("UNAUTHORIZED", { key }, { headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });

export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    const userId = Number(payload.sub);
    if (!Number.isSafeInteger(userId) || typeof payload.sv !== "number" || typeof payload.fam !== "string" || !payload.exp) throw invalidToken();
    return { userId, sessionVersion: payload.sv, familyId: payload.fam };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof joseErrors.JOSEError) throw invalidToken();
    throw error;
  }
}
