import { describe, expect, it } from "vitest";
import { apiLogin } from "@/lib/auth/api-sessions";
import { authenticateBearer } from "@/lib/auth/bearer";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";
import { deleteUser } from "@/lib/users/delete-user";
import { getUser } from "@/lib/users/get-user";
import { listUsers } from "@/lib/users/list-users";
import { updateUser } from "@/lib/users/update-user";
import { makeCourse, makeUser, TEST_PASSWORD, unique, uniqueIp } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

describe("users administration", () => {
  it("lets only admins list users, searched and filtered by role", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const student = await makeUser();
    const token = unique("Findme");
    await makeUser({ fullName: `${token} Teacher`, role: "TEACHER" });
    await makeUser({ fullName: `${token} Student` });
    expect((await fail(listUsers(actorOf(student), {})))?.status).toBe(403);
    const result = await listUsers(actorOf(admin), { q: token.toLowerCase(), role: "Teacher" });
    expect(result.users.map((u) => [u.fullName, u.role])).toEqual([[`${token} Teacher`, "Teacher"]]);
    expect(result.pagination).toMatchObject({ totalRecords: 1, currentPage: 1 });
    expect(JSON.stringify(result)).not.toMatch(/passwordHash|argon2/);
  });

  it("lets admins create active accounts with the contract's role names", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const email = `${unique("made")}@example.test`;
    const user = await createUser(actorOf(admin), { email, password: "Weakpassword321", fullName: "John Doe", memberLevel: "Basic", role: "User" });
    expect(user).toMatchObject({ email, fullName: "John Doe", memberLevel: "Basic", role: "Student", activated: true });
    const student = await makeUser();
    expect((await fail(createUser(actorOf(student), { email: `${unique("x")}@e.test`, password: "Weakpassword321", fullName: "X" })))?.status).toBe(403);
  });

  it("shows an account to its owner and admins; to anyone else it does not exist", async () => {
    const [owner, other, admin] = await Promise.all([makeUser(), makeUser(), makeUser({ role: "ADMIN" })]);
    expect((await getUser(actorOf(owner), owner.id)).email).toBe(owner.email);
    expect((await getUser(actorOf(admin), owner.id)).email).toBe(owner.email);
    expect((await fail(getUser(actorOf(other), owner.id)))?.status).toBe(404);
  });

  it("lets owners edit their profile but not their role", async () => {
    const owner = await makeUser();
    const updated = await updateUser(actorOf(owner), owner.id, { fullName: "Jack Day" });
    expect(updated.fullName).toBe("Jack Day");
    expect((await fail(updateUser(actorOf(owner), owner.id, { role: "Admin" })))?.status).toBe(403);
    const other = await makeUser();
    expect((await fail(updateUser(actorOf(other), owner.id, { fullName: "Hacker" })))?.status).toBe(404);
    const taken = await makeUser();
    expect((await fail(updateUser(actorOf(owner), owner.id, { username: taken.username })))?.status).toBe(409);
  });

  it("needs the current password to change one's own email, but not for an admin", async () => {
    const owner = await makeUser();
    const email = `${unique("moved")}@example.test`;
    const missing = await fail(updateUser(actorOf(owner), owner.id, { email }));
    expect(missing?.fieldErrors).toEqual([{ field: "currentPassword", message: "Enter your current password to change your email." }]);
    expect((await fail(updateUser(actorOf(owner), owner.id, { email, currentPassword: "wrong password" })))?.status).toBe(400);
    expect((await updateUser(actorOf(owner), owner.id, { email, currentPassword: TEST_PASSWORD })).email).toBe(email);
    expect(await db.auditLog.count({ where: { entityId: owner.id, action: "user.email_change" } })).toBe(1);

    const admin = await makeUser({ role: "ADMIN" });
    const byAdmin = `${unique("set")}@example.test`;
    expect((await updateUser(actorOf(admin), owner.id, { email: byAdmin })).email).toBe(byAdmin);
    // Saving the same address again is no change and needs no password.
    expect((await updateUser(actorOf(owner), owner.id, { email: byAdmin, fullName: "Same Mail" })).fullName).toBe("Same Mail");
  });

  it("ends all sessions on a role change or disabling, and audits both", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const user = await makeUser();
    const session = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    await updateUser(actorOf(admin), user.id, { role: "Teacher", memberLevel: "Premium" });
    expect((await fail(authenticateBearer(`Bearer ${session.accessToken}`)))?.status).toBe(401);

    const again = await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() });
    expect((await authenticateBearer(`Bearer ${again.accessToken}`))?.actor.role).toBe("TEACHER");
    const disabled = await updateUser(actorOf(admin), user.id, { disabled: true });
    expect(disabled.disabled).toBe(true);
    expect((await fail(authenticateBearer(`Bearer ${again.accessToken}`)))?.status).toBe(401);

    const actions = (await db.auditLog.findMany({ where: { entityId: user.id, actorId: admin.id }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["user.role_change", "user.member_level_change", "user.disable"]);
  });

  it("refuses to delete a teacher who still owns courses, with 409", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    await makeCourse({ teacherId: teacher.id });
    const error = await fail(deleteUser(actorOf(teacher), teacher.id));
    expect(error?.status).toBe(409);
    expect(error?.message).toMatch(/still owns 1 course/);
    expect(await db.user.findUnique({ where: { id: teacher.id } })).not.toBeNull();
  });

  it("deletes one's own account, or any as admin, and audits it", async () => {
    const [self, target, admin, other] = await Promise.all([makeUser(), makeUser(), makeUser({ role: "ADMIN" }), makeUser()]);
    expect((await fail(deleteUser(actorOf(other), target.id)))?.status).toBe(404);
    await deleteUser(actorOf(self), self.id);
    await deleteUser(actorOf(admin), target.id);
    expect(await db.user.count({ where: { id: { in: [self.id, target.id] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.delete", entityId: { in: [self.id, target.id] } } })).toBe(2);
  });
});
