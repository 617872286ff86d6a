import { describe, expect, it } from "vitest";
import { apiLogin } from "@/lib/auth/api-sessions";
import { authenticate } from "@/lib/auth/authenticate";
import { authenticateBearer } from "@/lib/auth/bearer";
import { forgotPassword, resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { countQueries, makeUser, TEST_PASSWORD, unique, uniqueIp } from "../factories";
import { mailsTo, tokenIn, waitForMail } from "../mail-helpers";
import { fail } from "../helpers/errors";

const NEW_PASSWORD = "another quite long passphrase";

describe("forgot and reset password", () => {
  it("answers the same for known and unknown addresses, and mails only the known one", async () => {
    const user = await makeUser();
    const stranger = `${unique("nobody")}@example.test`;
    const known = await forgotPassword({ email: user.email }, { ip: uniqueIp() });
    const unknown = await forgotPassword({ email: stranger }, { ip: uniqueIp() });
    expect(known).toEqual({ user: { email: user.email } });
    expect(unknown).toEqual({ user: { email: stranger } });
    const mail = await waitForMail(user.email, /reset/i);
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/reset-password\?token=[0-9a-f]{64}/);
    expect(await mailsTo(stranger)).toEqual([]);
  });

  it("does the same database work before answering, whether the address has an account or not", async () => {
    const user = await makeUser();
    const known = await countQueries(() => forgotPassword({ email: user.email }, { ip: uniqueIp() }));
    // The known address's token, audit entry and mail come after the answer; let them finish first.
    await waitForMail(user.email, /reset/i);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "auth.password_reset_requested" } })).toBe(1);
    const unknown = await countQueries(() => forgotPassword({ email: `${unique("nobody")}@example.test` }, { ip: uniqueIp() }));
    expect(known.queries).toBeGreaterThan(0);
    expect(unknown.queries).toBe(known.queries);
  });

  it("mails nothing to a disabled account", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await forgotPassword({ email: user.email }, { ip: uniqueIp() });
    const other = await makeUser();
    await forgotPassword({ email: other.email }, { ip: uniqueIp() });
    // The disabled account's lookup started first and is one query: once the later mail is out, it has finished.
    await waitForMail(other.email, /reset/i);
    expect(await mailsTo(user.email)).toEqual([]);
    expect(await db.oneTimeToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("resets with a single-use 30-minute link, ends all sessions and mails a notice", async () => {
    const user = await makeUser();
    const session = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    await forgotPassword({ email: user.email }, { ip: uniqueIp() });
    const token = tokenIn(await waitForMail(user.email, /reset/i));
    const stored = await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(30 * 60 * 1000);

    const mismatch = await fail(resetPassword({ token, newPassword: NEW_PASSWORD, confirmNewPassword: "different" }, { ip: uniqueIp() }));
    expect(mismatch?.fieldErrors).toContainEqual({ field: "confirmNewPassword", message: "Passwords do not match." });

    await expect(resetPassword({ token, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD }, { ip: uniqueIp() })).resolves.toEqual({
      user: { email: user.email },
    });
    expect((await fail(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })))?.status).toBe(401);
    await expect(authenticate({ identifier: user.email, password: NEW_PASSWORD }, { ip: uniqueIp() })).resolves.toBeTruthy();
    expect((await fail(authenticateBearer(`Bearer ${session.accessToken}`)))?.status).toBe(401);
    await waitForMail(user.email, /password (was )?changed/i);

    const reused = await fail(resetPassword({ token, newPassword: "yet another passphrase", confirmNewPassword: "yet another passphrase" }, { ip: uniqueIp() }));
    expect(reused?.status).toBe(400);
  });

  it("refuses an expired reset link", async () => {
    const user = await makeUser();
    await forgotPassword({ email: user.email }, { ip: uniqueIp() });
    const token = tokenIn(await waitForMail(user.email, /reset/i));
    await db.oneTimeToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await fail(resetPassword({ token, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD }, { ip: uniqueIp() })))?.status).toBe(400);
  });

  it("limits reset requests per address with 429", async () => {
    const user = await makeUser();
    for (let i = 0; i < 5; i++) await forgotPassword({ email: user.email }, { ip: uniqueIp() });
    const error = await fail(forgotPassword({ email: user.email }, { ip: uniqueIp() }));
    expect(error?.status).toBe(429);
    expect(error?.headers["Retry-After"]).toBeTruthy();
  });
});
