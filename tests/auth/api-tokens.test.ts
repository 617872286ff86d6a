import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { apiLogin, logoutApiSession, refreshApiSession } from "@/lib/auth/api-sessions";
import { authenticateBearer } from "@/lib/auth/bearer";
import { changePassword } from "@/lib/auth/change-password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser, TEST_PASSWORD, uniqueIp } from "../factories";

const fail = (promise: Promise<unknown>) => promise.then(() => null, (error: AppError) => error);
const bearer = (token: string) => authenticateBearer(`Bearer ${token}`);

async function signedIn(role: "STUDENT" | "ADMIN" = "STUDENT") {
  const user = await makeUser({ role });
  const session = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
  return { user, session };
}

describe("API access and refresh tokens", () => {
  it("issues a 15-minute HS256 access token and an opaque refresh token", async () => {
    const { user, session } = await signedIn();
    expect(session).toMatchObject({ tokenType: "Bearer", expiresIn: 900, user: { id: user.id } });
    expect(JSON.parse(Buffer.from(session.accessToken.split(".")[0]!, "base64url").toString())).toMatchObject({ alg: "HS256" });
    expect((await bearer(session.accessToken))?.actor).toEqual({ id: user.id, role: "STUDENT" });
    const stored = await db.refreshToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(session.refreshToken);
  });

  it("rejects tokens with another algorithm, issuer or audience, or a bad signature", async () => {
    const { user, session } = await signedIn();
    // The real key (tests run with the development secret), so only the claim checks can refuse these.
    const key = new TextEncoder().encode("api-access-token:development-only-AUTH_SECRET-never-use-in-production");
    const claims = () => new SignJWT({ sv: 0, fam: "f" }).setSubject(String(user.id)).setJti("j").setExpirationTime("5m");
    const otherAlg = await claims().setProtectedHeader({ alg: "HS512" }).setIssuer("lumen-lms").setAudience("lumen-lms-api").sign(key);
    const otherAudience = await claims().setProtectedHeader({ alg: "HS256" }).setIssuer("lumen-lms").setAudience("someone-else").sign(key);
    const otherIssuer = await claims().setProtectedHeader({ alg: "HS256" }).setIssuer("evil").setAudience("lumen-lms-api").sign(key);
    const valid = await claims().setProtectedHeader({ alg: "HS256" }).setIssuer("lumen-lms").setAudience("lumen-lms-api").sign(key);
    expect((await bearer(valid))?.actor.id).toBe(user.id);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${session.accessToken.split(".")[1]}.`;
    const tampered = session.accessToken.slice(0, -3) + (session.accessToken.endsWith("AAA") ? "BBB" : "AAA");
    for (const token of [otherAlg, otherAudience, otherIssuer, unsigned, tampered, "garbage"]) expect((await fail(bearer(token)))?.status).toBe(401);
    expect((await fail(authenticateBearer(`Basic ${session.accessToken}`)))?.status).toBe(401);
  });

  it("rotates refresh tokens, and a reused one revokes its whole family", async () => {
    const { session } = await signedIn();
    const ip = uniqueIp();
    const second = await refreshApiSession({ refreshToken: session.refreshToken }, { ip });
    expect(second.refreshToken).not.toBe(session.refreshToken);
    const third = await refreshApiSession({ refreshToken: second.refreshToken }, { ip });

    // The first token is replayed: 401, and the family's newest token dies with it.
    expect((await fail(refreshApiSession({ refreshToken: session.refreshToken }, { ip })))?.status).toBe(401);
    expect((await fail(refreshApiSession({ refreshToken: third.refreshToken }, { ip })))?.status).toBe(401);
  });

  it("gives one winner when the same refresh token is used twice at once", async () => {
    const { session } = await signedIn();
    const results = await Promise.allSettled([1, 2].map(() => refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() })));
    expect(results.filter((r) => r.status === "fulfilled").length).toBeLessThanOrEqual(1);
  });

  it("logout revokes the access token and its refresh family", async () => {
    const { session } = await signedIn();
    const auth = await bearer(session.accessToken);
    await logoutApiSession(auth!.claims);
    expect((await fail(bearer(session.accessToken)))?.status).toBe(401);
    expect((await fail(refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() })))?.status).toBe(401);
    expect(await db.revokedAccessToken.findUnique({ where: { jti: auth!.claims.jti } })).not.toBeNull();
  });

  it("a password change ends every access and refresh token of the user", async () => {
    const { user, session } = await signedIn();
    const other = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    await changePassword({ id: user.id, role: user.role }, { oldPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }, { ip: uniqueIp() });
    for (const s of [session, other]) {
      expect((await fail(bearer(s.accessToken)))?.status).toBe(401);
      expect((await fail(refreshApiSession({ refreshToken: s.refreshToken }, { ip: uniqueIp() })))?.status).toBe(401);
    }
    const after = await apiLogin({ email: user.email, password: "a brand new passphrase" }, { ip: uniqueIp() });
    expect((await bearer(after.accessToken))?.actor.id).toBe(user.id);
  });

  it("a disabled account's tokens stop working at once", async () => {
    const { user, session } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await fail(bearer(session.accessToken)))?.status).toBe(401);
    expect((await fail(refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() })))?.status).toBe(401);
  });
});
