import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { makeUser, TEST_PASSWORD, unique, uniqueIp } from "../factories";
import { fail } from "../helpers/errors";

describe("authenticate", () => {
  it("accepts the email in any case or the username", async () => {
    const user = await makeUser();
    const ip = uniqueIp();
    await expect(authenticate({ identifier: user.email.toUpperCase(), password: TEST_PASSWORD }, { ip })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ email: user.username, password: TEST_PASSWORD }, { ip })).resolves.toMatchObject({ id: user.id });
  });

  it("gives unknown accounts and wrong passwords the same answer", async () => {
    const user = await makeUser();
    const wrong = await fail(authenticate({ identifier: user.email, password: "not the password" }, { ip: uniqueIp() }));
    const unknown = await fail(authenticate({ identifier: "nobody-here@example.test", password: "not the password" }, { ip: uniqueIp() }));
    expect(wrong?.status).toBe(401);
    expect([unknown?.status, unknown?.message]).toEqual([wrong?.status, wrong?.message]);
  });

  it("refuses disabled accounts, but only after the right password", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await fail(authenticate({ identifier: user.email, password: "wrong password" }, { ip: uniqueIp() })))?.status).toBe(401);
    expect((await fail(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })))?.status).toBe(403);
  });

  it("blocks an account and IP after 10 consecutive failures with 429 and Retry-After", async () => {
    const user = await makeUser();
    const ip = uniqueIp();
    for (let i = 0; i < 10; i++) expect((await fail(authenticate({ identifier: user.email, password: `wrong ${i}` }, { ip })))?.status).toBe(401);
    const blocked = await fail(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip }));
    expect(blocked?.status).toBe(429);
    expect(Number(blocked?.headers["Retry-After"])).toBeGreaterThan(14 * 60);
    expect(Number(blocked?.headers["Retry-After"])).toBeLessThanOrEqual(15 * 60);
  });

  it("counts a known device's failures on their own; a success starts its count again", async () => {
    const user = await makeUser();
    const ip = uniqueIp();
    let { deviceToken } = await authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect((await fail(authenticate({ identifier: user.email, password: "wrong", deviceToken }, { ip })))?.status).toBe(401);
      ({ deviceToken } = await authenticate({ identifier: user.email, password: TEST_PASSWORD, deviceToken }, { ip }));
    }
    // None of the 18 counted against the account as a whole.
    await expect(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })).resolves.toBeTruthy();
  });

  it("limits unknown accounts the same way", async () => {
    const ip = uniqueIp();
    const identifier = `${unique("ghost")}@example.test`;
    for (let i = 0; i < 10; i++) await fail(authenticate({ identifier, password: "guess" }, { ip }));
    expect((await fail(authenticate({ identifier, password: "guess" }, { ip })))?.status).toBe(429);
  });

  it("writes audit entries for sign-ins and failed sign-ins", async () => {
    const user = await makeUser();
    const ip = uniqueIp();
    await fail(authenticate({ identifier: user.email, password: "wrong" }, { ip }));
    await authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip });
    const actions = (await db.auditLog.findMany({ where: { entityId: user.id, entity: "User" }, orderBy: { id: "asc" } })).map((e) => [e.action, e.ip]);
    expect(actions).toEqual([
      ["auth.sign_in_failed", ip],
      ["auth.sign_in", ip],
    ]);
  });
});
