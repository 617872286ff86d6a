import { describe, expect, it, vi } from "vitest";
import { activateAccount, resendActivation } from "@/lib/auth/activation";
import { authenticate } from "@/lib/auth/authenticate";
import { register } from "@/lib/auth/register";
import { db } from "@/lib/db";
import { countQueries, unique, uniqueIp } from "../factories";
import { mailsTo, tokenIn } from "../mail-helpers";
import { fail } from "../helpers/errors";

const ctx = () => ({ ip: uniqueIp() });
const newEmail = () => `${unique("reg")}@Example.test`;
const password = "a long and unusual passphrase";

describe("register", () => {
  it("creates an inactive student with a username from the email and mails an activation link", async () => {
    const email = newEmail();
    const { user, activationMailSent } = await register({ fullName: "Siti Rahma", email, password }, ctx());
    expect(activationMailSent).toBe(true);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: email.toLowerCase(), role: "STUDENT", activatedAt: null, username: email.split("@")[0]!.toLowerCase() });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const [mail] = await mailsTo(email);
    expect(mail!.text).toMatch(new RegExp(`http://localhost:3000/activate\\?token=[0-9a-f]{64}`));
  });

  it("stores only the SHA-256 of the activation token", async () => {
    const email = newEmail();
    const { user } = await register({ fullName: "Hash Check", email, password }, ctx());
    const token = tokenIn((await mailsTo(email))[0]!);
    const stored = await db.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
  });

  it("may create a teacher but never an admin", async () => {
    const { user } = await register({ fullName: "Guru", email: newEmail(), password, role: "teacher" }, ctx());
    expect(user.role).toBe("Teacher");
    const error = await fail(register({ fullName: "Boss", email: newEmail(), password, role: "Admin" }, ctx()));
    expect(error?.status).toBe(400);
    expect(error?.fieldErrors[0]?.field).toBe("role");
  });

  it("answers 409 with a field error for a taken email (any case) or username", async () => {
    const email = newEmail();
    const username = unique("name").toLowerCase();
    await register({ fullName: "First", email, password, username }, ctx());
    const sameEmail = await fail(register({ fullName: "Second", email: email.toUpperCase(), password }, ctx()));
    expect(sameEmail?.status).toBe(409);
    expect(sameEmail?.fieldErrors).toEqual([{ field: "email", message: "This email is already registered." }]);
    const sameUsername = await fail(register({ fullName: "Third", email: newEmail(), password, username }, ctx()));
    expect(sameUsername?.status).toBe(409);
    expect(sameUsername?.fieldErrors[0]?.field).toBe("username");
  });

  it("derives a free username when the email's name is taken", async () => {
    const local = unique("same").toLowerCase();
    const first = await register({ fullName: "A", email: `${local}@one.test`, password }, ctx());
    const second = await register({ fullName: "B", email: `${local}@two.test`, password }, ctx());
    expect(first.user.username).toBe(local);
    expect(second.user.username).toBe(`${local}2`);
  });

  it.each([
    ["short", "Password must be at least 8 characters."],
    ["x".repeat(129), "Password must be at most 128 characters."],
    ["password123", "This password is too common. Choose another."],
    ["Qwertyuiop", "This password is too common. Choose another."],
  ])("rejects the password %s", async (bad, message) => {
    const error = await fail(register({ fullName: "P", email: newEmail(), password: bad }, ctx()));
    expect(error?.fieldErrors).toContainEqual({ field: "password", message });
  });

  it("accepts a long password without composition rules", async () => {
    await expect(register({ fullName: "P", email: newEmail(), password: "all lower case words" }, ctx())).resolves.toBeTruthy();
  });
});

describe("activation", () => {
  it("refuses sign-in until the link is used, once", async () => {
    const email = newEmail();
    await register({ fullName: "Dewi", email, password }, ctx());
    const before = await fail(authenticate({ identifier: email, password }, ctx()));
    expect(before?.status).toBe(403);
    expect(before?.message).toMatch(/not activated/);

    const token = tokenIn((await mailsTo(email))[0]!);
    await activateAccount({ token }, ctx());
    await expect(authenticate({ identifier: email, password }, ctx())).resolves.toMatchObject({ email: email.toLowerCase() });

    const again = await fail(activateAccount({ token }, ctx()));
    expect(again?.status).toBe(400);
  });

  it("rejects an expired link", async () => {
    const email = newEmail();
    const { user } = await register({ fullName: "Late", email, password }, ctx());
    await db.oneTimeToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const error = await fail(activateAccount({ token: tokenIn((await mailsTo(email))[0]!) }, ctx()));
    expect(error?.status).toBe(400);
  });

  it("resends a new link that replaces the old one, and answers alike for unknown addresses", async () => {
    const email = newEmail();
    await register({ fullName: "Again", email, password }, ctx());
    const oldToken = tokenIn((await mailsTo(email))[0]!);
    const answer = await resendActivation({ email }, ctx());
    const unknown = await resendActivation({ email: newEmail() }, ctx());
    expect(Object.keys(answer)).toEqual(Object.keys(unknown));
    // The new link is mailed after the answer: wait for the second mail.
    await vi.waitFor(async () => expect(await mailsTo(email)).toHaveLength(2), { timeout: 5000, interval: 50 });
    const newToken = tokenIn((await mailsTo(email)).at(-1)!);
    expect((await fail(activateAccount({ token: oldToken }, ctx())))?.status).toBe(400);
    await activateAccount({ token: newToken }, ctx());
  });

  it("does the same database work before answering, whether the address needs a link or not", async () => {
    const email = newEmail();
    await register({ fullName: "Waiting", email, password }, ctx());
    const inactive = await countQueries(() => resendActivation({ email }, ctx()));
    await vi.waitFor(async () => expect(await mailsTo(email)).toHaveLength(2), { timeout: 5000, interval: 50 });
    const unknown = await countQueries(() => resendActivation({ email: newEmail() }, ctx()));
    expect(inactive.queries).toBeGreaterThan(0);
    expect(unknown.queries).toBe(inactive.queries);
  });
});

describe("registration limits", () => {
  it("limits registrations from one IP, so nobody can mail-bomb addresses", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 100; i++) await register({ fullName: "Bulk", email: newEmail(), password }, { ip });
    const error = await fail(register({ fullName: "Bulk", email: newEmail(), password }, { ip }));
    expect(error?.status).toBe(429);
  });
});
