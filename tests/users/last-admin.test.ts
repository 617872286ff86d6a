// The last-admin rule counts every administrator in the database, and other test files
// create admins in parallel: these tests run on a database of their own.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError } from "@/lib/errors";
import { createTestDatabase } from "../../scripts/lib/test-database";

const database = await createTestDatabase("lms_admins");
vi.stubEnv("DATABASE_URL", database.url);
const { db } = await import("@/lib/db");
const { deleteUser } = await import("@/lib/users/delete-user");
const { updateUser } = await import("@/lib/users/update-user");
const { makeUser } = await import("../factories");

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
  vi.unstubAllEnvs();
});

beforeEach(async () => {
  await db.user.deleteMany();
});

type Admin = Awaited<ReturnType<typeof makeUser>>;
const actorOf = (user: Admin) => ({ id: user.id, role: user.role });
const activeAdmins = () => db.user.count({ where: { role: "ADMIN", disabledAt: null } });

/** Runs both at the same moment; exactly one must succeed and the other get 409. */
async function race(a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const results = await Promise.allSettled([a(), b()]);
  const fulfilled = results.filter((r) => r.status === "fulfilled");
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(fulfilled).toHaveLength(1);
  expect(rejected.map((r) => (r.reason as AppError).status)).toEqual([409]);
  return rejected[0]!.reason as AppError;
}

describe("the last active administrator", () => {
  it("survives two admins deleting each other at the same moment", async () => {
    const [a, b] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    const error = await race(
      () => deleteUser(actorOf(a), b.id),
      () => deleteUser(actorOf(b), a.id),
    );
    expect(error.message).toBe("The last administrator account cannot be deleted.");
    expect(await activeAdmins()).toBe(1);
    expect(await db.user.count({ where: { id: { in: [a.id, b.id] } } })).toBe(1);
  });

  it("survives two admins disabling each other at the same moment", async () => {
    const [a, b] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    const error = await race(
      () => updateUser(actorOf(a), b.id, { disabled: true }),
      () => updateUser(actorOf(b), a.id, { disabled: true }),
    );
    expect(error.message).toBe("The last active administrator cannot be disabled or demoted.");
    expect(await activeAdmins()).toBe(1);
  });

  it("survives two admins demoting each other at the same moment", async () => {
    const [a, b] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    await race(
      () => updateUser(actorOf(a), b.id, { role: "Student" }),
      () => updateUser(actorOf(b), a.id, { role: "Teacher" }),
    );
    expect(await activeAdmins()).toBe(1);
  });

  it("survives one admin deleting the other while being disabled by them", async () => {
    const [a, b] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    await race(
      () => deleteUser(actorOf(a), b.id),
      () => updateUser(actorOf(b), a.id, { disabled: true }),
    );
    expect(await activeAdmins()).toBe(1);
  });

  it("may still delete a disabled admin while one active admin remains", async () => {
    const [a, b] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    await updateUser(actorOf(a), b.id, { disabled: true });
    await deleteUser(actorOf(a), b.id);
    expect(await db.user.count()).toBe(1);
    expect(await activeAdmins()).toBe(1);
  });
});

describe("the last administrator who taught courses", () => {
  it("can hand the courses over, and still cannot be deleted", async () => {
    const { makeCourse } = await import("../factories");
    const { reassignCourses } = await import("@/lib/users/reassign-courses");
    const [admin, teacher] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "TEACHER" })]);
    const course = await makeCourse({ teacherId: admin.id });
    expect(await reassignCourses(actorOf(admin), admin.id, { teacherId: teacher.id })).toEqual({ courseIds: [course.id], teacherId: teacher.id });
    const refused = (await deleteUser(actorOf(admin), admin.id).catch((error: unknown) => error)) as AppError;
    expect([refused.status, refused.says("lastAdminDelete")]).toEqual([409, true]);
  });
});
