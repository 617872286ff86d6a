// Changing the password, changing the email and deleting one's own account each check the
// current password: each check is a guess, limited like a sign-in.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { changePassword } from "@/lib/auth/change-password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deleteOwnAccount } from "@/lib/users/delete-own-account";
import { updateUser } from "@/lib/users/update-user";
import { makeUser, TEST_PASSWORD, unique, uniqueIp } from "../factories";

const fail = (promise: Promise<unknown>) => promise.then(() => null, (error: AppError) => error);

type Recheck = { name: string; field: string; run: (actor: Actor, password: string, ip: string) => Promise<unknown> };

const rechecks: Recheck[] = [
  {
    name: "change password",
    field: "oldPassword",
    run: (actor, password, ip) => changePassword(actor, { oldPassword: password, newPassword: "a new and long passphrase" }, { ip }),
  },
  {
    name: "change email",
    field: "currentPassword",
    run: (actor, password, ip) => updateUser(actor, actor.id, { email: `${unique("moved")}@example.test`, currentPassword: password }, { ip }),
  },
  { name: "delete account", field: "password", run: (actor, password, ip) => deleteOwnAccount(actor, { password }, { ip }) },
];

describe.each(rechecks)("$name", ({ field, run }) => {
  it("answers 400 on the field for a wrong password, then 429 with Retry-After after 10, from any IPs", async () => {
    const user = await makeUser();
    const actor = { id: user.id, role: user.role };
    for (let i = 0; i < 10; i++) {
      const wrong = await fail(run(actor, `guess number ${i}`, uniqueIp()));
      expect(wrong?.status).toBe(400);
      expect(wrong?.fieldErrors.map((e) => e.field)).toEqual([field]);
    }
    // Blocked now, even for the right password from a new IP, and nothing changed.
    const blocked = await fail(run(actor, TEST_PASSWORD, uniqueIp()));
    expect(blocked?.status).toBe(429);
    expect(Number(blocked?.headers["Retry-After"])).toBeGreaterThan(14 * 60);
    expect(Number(blocked?.headers["Retry-After"])).toBeLessThanOrEqual(15 * 60);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, passwordHash: user.passwordHash });
  });

  it("succeeds with the right password before the limit", async () => {
    const user = await makeUser();
    const actor = { id: user.id, role: user.role };
    const ip = uniqueIp();
    for (let i = 0; i < 9; i++) await fail(run(actor, "wrong", ip));
    await run(actor, TEST_PASSWORD, ip);
  });
});

describe("delete account", () => {
  it("needs a password at all", async () => {
    const user = await makeUser();
    const error = await fail(deleteOwnAccount({ id: user.id, role: user.role }, {}, { ip: uniqueIp() }));
    expect(error?.status).toBe(400);
    expect(error?.fieldErrors).toEqual([{ field: "password", message: "Enter your password to confirm." }]);
  });

  it("deletes the account with the right password", async () => {
    const user = await makeUser();
    await deleteOwnAccount({ id: user.id, role: user.role }, { password: TEST_PASSWORD }, { ip: uniqueIp() });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
  });
});
