import { describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { db } from "@/lib/db";
import { makeAuditLog, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

/** An entry written at a given moment (the log is shared by every test file: filters pin it down). */
async function entry(at: string, opts: Parameters<typeof makeAuditLog>[0]) {
  const row = await makeAuditLog(opts);
  return db.auditLog.update({ where: { id: row.id }, data: { createdAt: new Date(at) } });
}

// Ids no real row has: entries about them cannot be mistaken for another test file's rows.
const NO_ROW = 2_000_000_000;

const ids = (result: { items: { id: number }[] }) => result.items.map((item) => item.id);

describe("listing the audit log", () => {
  it("finds a user's trail: what they did and what was done to their account, newest first", async () => {
    const [admin, subject, other] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser(), makeUser()]);
    const signedIn = await entry("2026-01-01T10:00:00Z", { actorId: subject.id, action: "auth.sign_in", entity: "User", entityId: subject.id });
    const roleChanged = await entry("2026-01-02T10:00:00Z", { actorId: admin.id, action: "user.role_change", entity: "User", entityId: subject.id, data: { from: "STUDENT", to: "TEACHER" } });
    const paused = await entry("2026-01-03T10:00:00Z", { action: "auth.sign_ins_paused", entity: "User", entityId: subject.id, data: { seconds: 60 } });
    const graded = await entry("2026-01-04T10:00:00Z", { actorId: subject.id, action: "submission.grade", entity: "Completion", entityId: NO_ROW + 1 });
    await entry("2026-01-05T10:00:00Z", { actorId: admin.id, action: "user.disable", entity: "User", entityId: other.id });
    // The same number, but another kind of row: not about the subject's account.
    await entry("2026-01-06T10:00:00Z", { actorId: admin.id, action: "invoice.markPaid", entity: "Invoice", entityId: subject.id });

    const trail = await listAuditEntries(actorOf(admin), { subjectUserId: subject.id });
    expect(ids(trail)).toEqual([graded.id, paused.id, roleChanged.id, signedIn.id]);
    expect(trail.pagination).toMatchObject({ totalRecords: 4, currentPage: 1 });
    expect(trail.items[2]).toEqual({
      id: roleChanged.id,
      actor: { id: admin.id, fullName: admin.fullName, email: admin.email },
      action: "user.role_change",
      entity: "User",
      entityId: subject.id,
      data: { from: "STUDENT", to: "TEACHER" },
      ip: null,
      createdAt: "2026-01-02T10:00:00.000Z",
    });
    expect(trail.items[1]?.actor).toBeNull();
  });

  it("filters by action, entity and actor (id, or part of a name or email)", async () => {
    const [admin, actor] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "ADMIN" })]);
    const paid = await entry("2026-02-01T10:00:00Z", { actorId: actor.id, action: "invoice.markPaid", entity: "Invoice", entityId: NO_ROW + 7 });
    const cancelled = await entry("2026-02-02T10:00:00Z", { actorId: actor.id, action: "invoice.cancel", entity: "Invoice", entityId: NO_ROW + 8 });
    const created = await entry("2026-02-03T10:00:00Z", { actorId: actor.id, action: "category.create", entity: "Category", entityId: NO_ROW + 9 });

    expect(ids(await listAuditEntries(actorOf(admin), { actorId: actor.id, action: "invoice.markPaid" }))).toEqual([paid.id]);
    expect(ids(await listAuditEntries(actorOf(admin), { actorId: actor.id, entity: "Invoice" }))).toEqual([cancelled.id, paid.id]);
    expect(ids(await listAuditEntries(actorOf(admin), { actor: actor.email.toUpperCase() }))).toEqual([created.id, cancelled.id, paid.id]);
    expect(ids(await listAuditEntries(actorOf(admin), { actor: String(actor.id), from: "2026-02-03", to: "2026-02-03" }))).toEqual([created.id]);
    expect(ids(await listAuditEntries(actorOf(admin), { actorId: actor.id, limit: 2, page: 2 }))).toEqual([paid.id]);
  });

  it("takes whole days, both ends included, in the time zone asked for", async () => {
    const [admin, actor] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser()]);
    const at = (iso: string) => entry(iso, { actorId: actor.id, action: "auth.sign_in", entity: "User", entityId: actor.id });
    const jakartaOnly = await at("2026-02-28T17:00:00.000Z"); // 1 March 00:00 in Jakarta
    const dayBefore = await at("2026-02-28T23:59:59.999Z");
    const first = await at("2026-03-01T00:00:00.000Z");
    const last = await at("2026-03-02T23:59:59.999Z");
    await at("2026-03-03T00:00:00.000Z");

    const utc = await listAuditEntries(actorOf(admin), { actorId: actor.id, from: "2026-03-01", to: "2026-03-02" });
    expect(ids(utc)).toEqual([last.id, first.id]);
    // In Jakarta (UTC+7) the days start and end seven hours earlier.
    const jakarta = await listAuditEntries(actorOf(admin), { actorId: actor.id, from: "2026-03-01", to: "2026-03-02" }, { timeZone: "Asia/Jakarta" });
    expect(ids(jakarta)).toEqual([first.id, dayBefore.id, jakartaOnly.id]);
    expect(ids(await listAuditEntries(actorOf(admin), { actorId: actor.id, from: "2026-03-02", to: "2026-03-02" }))).toEqual([last.id]);
  });

  it("rejects days that do not exist and ranges that end before they start, naming the field", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const badDay = await fail(listAuditEntries(actorOf(admin), { from: "2026-02-30" }));
    expect(badDay?.status).toBe(400);
    expect(badDay?.fieldErrors.map((error) => error.field)).toEqual(["from"]);
    const backwards = await fail(listAuditEntries(actorOf(admin), { from: "2026-03-02", to: "2026-03-01" }));
    expect(backwards?.status).toBe(400);
    expect(backwards?.fieldErrors.map((error) => error.field)).toEqual(["to"]);
  });

  it("is for administrators only", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    expect((await fail(listAuditEntries(actorOf(teacher), {})))?.status).toBe(403);
  });
});
