// The per-account sign-in limit holds across IPs, yet cannot lock the owner out for long:
// a device they signed in from before, and a completed password reset, still get them in.
import { describe, expect, it } from "vitest";
import { apiLogin } from "@/lib/auth/api-sessions";
import { authenticate } from "@/lib/auth/authenticate";
import { forgotPassword, resetPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser, TEST_PASSWORD, unique, uniqueIp } from "../factories";
import { mailsTo, tokenIn, waitForMail } from "../mail-helpers";

const fail = (promise: Promise<unknown>) => promise.then(() => null, (error: AppError) => error);
const PAUSED = /Repeated failed sign-ins/;

/** 30 wrong passwords, each from a new IP: the attack the per-IP limits cannot see. */
async function spray(identifier: string) {
  const answers: { status: number; message: string; retryAfter: number }[] = [];
  for (let i = 0; i < 30; i++) {
    const error = await fail(authenticate({ identifier, password: `guess number ${i}` }, { ip: uniqueIp() }));
    answers.push({ status: error!.status, message: error!.message, retryAfter: Number(error!.headers["Retry-After"] ?? 0) });
  }
  return answers;
}

describe("the account-wide sign-in limit", () => {
  it("answers 429 with Retry-After once 10 wrong passwords came from 10 different IPs", async () => {
    const user = await makeUser();
    const answers = await spray(user.email);
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(401));
    expect(answers.slice(10).map((a) => a.status)).toEqual(Array(20).fill(429));
    for (const { retryAfter } of answers.slice(10)) {
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
    // The right password from yet another new client is paused too.
    expect((await fail(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })))?.status).toBe(429);
    // The username names the same account.
    expect((await fail(authenticate({ identifier: user.username, password: TEST_PASSWORD }, { ip: uniqueIp() })))?.status).toBe(429);
  });

  it("answers an unknown account exactly as a known one", async () => {
    const user = await makeUser();
    const known = await spray(user.email);
    const unknown = await spray(`${unique("nobody")}@example.test`);
    expect(unknown.map((a) => [a.status, a.message])).toEqual(known.map((a) => [a.status, a.message]));
  });

  it("lets the owner in from a device they signed in from before, on the web and over the API", async () => {
    const user = await makeUser();
    const { deviceToken: webDevice } = await authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    const { deviceToken: apiDevice } = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    expect(apiDevice).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await spray(user.email);

    await expect(authenticate({ identifier: user.email, password: TEST_PASSWORD, deviceToken: webDevice }, { ip: uniqueIp() })).resolves.toMatchObject({ id: user.id });
    const session = await apiLogin({ email: user.email, password: TEST_PASSWORD, deviceToken: apiDevice }, { ip: uniqueIp() });
    expect(session.user.id).toBe(user.id);
    // Without one, still paused.
    expect((await fail(apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })))?.status).toBe(429);
  });

  it("honours no device token of another account, nor a forged one", async () => {
    const [victim, attacker] = await Promise.all([makeUser(), makeUser()]);
    const { deviceToken: own } = await authenticate({ identifier: attacker.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    await spray(victim.email);
    for (const deviceToken of [own, `${own.slice(0, -4)}AAAA`, "not-a-token"]) {
      expect((await fail(authenticate({ identifier: victim.email, password: TEST_PASSWORD, deviceToken }, { ip: uniqueIp() })))?.status).toBe(429);
    }
  });

  it("gives a known device a limit of its own: 10 failures pause that device only", async () => {
    const user = await makeUser();
    const { deviceToken: stolen } = await authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    const { deviceToken: other } = await authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    for (let i = 0; i < 10; i++) {
      expect((await fail(authenticate({ identifier: user.email, password: `guess ${i}`, deviceToken: stolen }, { ip: uniqueIp() })))?.status).toBe(401);
    }
    const paused = await fail(authenticate({ identifier: user.email, password: TEST_PASSWORD, deviceToken: stolen }, { ip: uniqueIp() }));
    expect(paused?.status).toBe(429);
    expect(Number(paused?.headers["Retry-After"])).toBeGreaterThan(14 * 60);
    await expect(authenticate({ identifier: user.email, password: TEST_PASSWORD, deviceToken: other }, { ip: uniqueIp() })).resolves.toBeTruthy();
    await expect(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })).resolves.toBeTruthy();
  });

  it("mails the owner once per pause, with a full reset link", async () => {
    const user = await makeUser();
    await spray(user.email);
    const mail = await waitForMail(user.email, PAUSED);
    expect(mail.text).toContain("paused for 15 minutes");
    expect(mail.text).toContain("http://localhost:3000/forgot-password");
    expect((await mailsTo(user.email)).filter((m) => PAUSED.test(m.subject))).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "auth.sign_ins_paused" } })).toBe(1);
  });

  it("ends the pause when the owner completes a password reset", async () => {
    const user = await makeUser();
    await spray(user.email);
    await forgotPassword({ email: user.email }, { ip: uniqueIp() });
    const token = tokenIn(await waitForMail(user.email, /reset your/i));
    const newPassword = "a fresh and long passphrase";
    await resetPassword({ token, newPassword, confirmNewPassword: newPassword }, { ip: uniqueIp() });
    await expect(authenticate({ identifier: user.email, password: newPassword }, { ip: uniqueIp() })).resolves.toMatchObject({ id: user.id });
  });
});
