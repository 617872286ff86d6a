import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeUser, TEST_PASSWORD, uniqueIp } from "../factories";
import { waitForMail } from "../mail-helpers";

const fail = (promise: Promise<unknown>) => promise.then(() => null, (error: AppError) => error);
const NEW_PASSWORD = "another quite long passphrase";

describe("change password", () => {
  it("needs the current password", async () => {
    const user = await makeUser();
    const error = await fail(changePassword({ id: user.id, role: user.role }, { oldPassword: "wrong one", newPassword: NEW_PASSWORD }, { ip: uniqueIp() }));
    expect(error?.fieldErrors).toEqual([{ field: "oldPassword", message: "Current password is incorrect." }]);
  });

  it("changes it, bumps the session version, audits and mails the owner", async () => {
    const user = await makeUser();
    await changePassword({ id: user.id, role: user.role }, { oldPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD }, { ip: uniqueIp() });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "auth.password_change" } })).toBe(1);
    await waitForMail(user.email, /password (was )?changed/i);
  });
});
