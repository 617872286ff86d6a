// Device tokens (OWASP's "device cookie"): a successful sign-in hands the client a signed
// token naming the account and a random device id. A later sign-in that brings a valid one
// for the same account comes from a known device: it is exempt from the account-wide
// lockout and limited on its own instead, so an attacker guessing from elsewhere cannot lock
// the owner out. The web keeps it in an HttpOnly cookie; API clients get it in the login
// response and send it back as `deviceToken`.
import { randomUUID } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { env } from "@/lib/env";

export const DEVICE_TOKEN_TTL_SECONDS = 180 * 24 * 60 * 60;
export const DEVICE_COOKIE = "lumen.device";
const ISSUER = "lumen-lms";
const AUDIENCE = "lumen-lms-device";

const key = () => new TextEncoder().encode(`device-token:${env().AUTH_SECRET}`);

/** The optional field of a sign-in body; anything unusable counts as no token at all. */
export const ZDeviceTokenField = z.object({ deviceToken: z.string().max(1000).optional().catch(undefined) });

export const signDeviceToken = (userId: number) =>
  new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setJti(randomUUID())
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${DEVICE_TOKEN_TTL_SECONDS}s`)
    .sign(key());

/** The device id when the token is valid and belongs to this user, else undefined. */
export async function deviceOf(token: string | undefined, userId: number | undefined): Promise<string | undefined> {
  if (!token || userId === undefined) return undefined;
  try {
    const { payload } = await jwtVerify(token, key(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
    return payload.sub === String(userId) && payload.jti ? payload.jti : undefined;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) return undefined;
    throw error;
  }
}
