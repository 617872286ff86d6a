import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { apiLogin, logoutApiSession, refreshApiSession } from "@/lib/auth/api-sessions";
import { authenticateBearer } from "@/lib/auth/bearer";
import { changePassword } from "@/lib/auth/change-password";
import { sha256 } from "@/lib/auth/crypto";
import { REFRESH_GRACE_MS } from "@/lib/auth/refresh-tokens";
import { db } from "@/lib/db";
import { countQueries, makeUser, TEST_PASSWORD, uniqueIp } from "../factories";
import { fail } from "../helpers/errors";

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
    const stored = await db.refreshToken.findMany({ where: { family: { userId: user.id } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(session.refreshToken);
  });

  it("rejects tokens with another algorithm, issuer or audience, or a bad signature", async () => {
    const { user, session } = await signedIn();
    // The real key (tests run with the development secret), so only the claim checks can refuse these.
    const key = new TextEncoder().encode("api-access-token:development-only-AUTH_SECRET-never-use-in-production");
    const { familyId } = (await bearer(session.accessToken))!.claims;
    const claims = () => new SignJWT({ sv: 0, fam: familyId }).setSubject(String(user.id)).setJti("j").setExpirationTime("5m");
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

  it("rotates refresh tokens, and a replayed one revokes its whole family and every access token of it", async () => {
    const { session } = await signedIn();
    const ip = uniqueIp();
    const second = await refreshApiSession({ refreshToken: session.refreshToken }, { ip });
    expect(second.refreshToken).not.toBe(session.refreshToken);
    const third = await refreshApiSession({ refreshToken: second.refreshToken }, { ip });
    expect((await bearer(third.accessToken))?.actor).toBeTruthy();

    // The first token is replayed after the chain moved on: 401, and the family's newest tokens die with it.
    expect((await fail(refreshApiSession({ refreshToken: session.refreshToken }, { ip })))?.status).toBe(401);
    expect((await fail(refreshApiSession({ refreshToken: third.refreshToken }, { ip })))?.status).toBe(401);
    for (const { accessToken } of [session, second, third]) expect((await fail(bearer(accessToken)))?.status).toBe(401);
  });

  it("revokes the family when the latest rotated token comes back after the grace window", async () => {
    const { user, session } = await signedIn();
    const next = await refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() });
    await db.refreshToken.update({ where: { tokenHash: sha256(session.refreshToken) }, data: { rotatedAt: new Date(Date.now() - REFRESH_GRACE_MS - 1000) } });
    expect((await fail(refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() })))?.status).toBe(401);
    expect((await fail(bearer(next.accessToken)))?.status).toBe(401);
    expect((await fail(refreshApiSession({ refreshToken: next.refreshToken }, { ip: uniqueIp() })))?.status).toBe(401);
    expect(await db.auditLog.count({ where: { action: "auth.refresh_token_reused", entityId: user.id } })).toBe(1);
  });

  it("lets two tabs refresh with the same token at the same moment: both get working tokens", async () => {
    const { user, session } = await signedIn();
    const familyId = (await bearer(session.accessToken))!.claims.familyId;
    const [a, b] = await Promise.all([1, 2].map(() => refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() })));
    expect(a!.refreshToken).not.toBe(b!.refreshToken);
    for (const tab of [a!, b!]) {
      const auth = await bearer(tab.accessToken);
      expect(auth?.actor.id).toBe(user.id);
      expect(auth?.claims.familyId).toBe(familyId);
    }
    expect((await db.tokenFamily.findUniqueOrThrow({ where: { id: familyId } })).revokedAt).toBeNull();
    // Each tab goes on refreshing its own token.
    for (const tab of [a!, b!]) expect((await bearer((await refreshApiSession({ refreshToken: tab.refreshToken }, { ip: uniqueIp() })).accessToken))?.actor.id).toBe(user.id);
  });

  it("checks a bearer token with one database query", async () => {
    const { session } = await signedIn();
    const { queries } = await countQueries(() => bearer(session.accessToken));
    expect(queries).toBe(1);
  });

  it("logout ends the access token, every other access token of its sign-in, and the refresh family", async () => {
    const { session } = await signedIn();
    const refreshed = await refreshApiSession({ refreshToken: session.refreshToken }, { ip: uniqueIp() });
    const auth = await bearer(session.accessToken);
    await logoutApiSession(auth!.claims);
    expect((await fail(bearer(session.accessToken)))?.status).toBe(401);
    expect((await fail(bearer(refreshed.accessToken)))?.status).toBe(401);
    expect((await fail(refreshApiSession({ refreshToken: refreshed.refreshToken }, { ip: uniqueIp() })))?.status).toBe(401);
    expect((await db.tokenFamily.findUniqueOrThrow({ where: { id: auth!.claims.familyId } })).revokedAt).not.toBeNull();
  });

  it("leaves other sign-ins of the same user alone on logout", async () => {
    const { user, session } = await signedIn();
    const other = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    await logoutApiSession((await bearer(session.accessToken))!.claims);
    expect((await bearer(other.accessToken))?.actor.id).toBe(user.id);
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
