import { beforeAll, describe, expect, it } from "vitest";
import { invoicesCsv } from "@/lib/invoices/invoices-csv";
import { listAllInvoices } from "@/lib/invoices/read-invoices";
import { db } from "@/lib/db";
import { makeCourse, makeEnrollment, makeInvoice, makeUser, type TestUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";

let admin: TestUser;
let ana: TestUser;
let budi: TestUser;
let courseA: { id: number; title: string };
const ids = { anaA: 0, budiA: 0, anaB: 0 };

beforeAll(async () => {
  const teacher = await makeUser({ role: "TEACHER" });
  admin = await makeUser({ role: "ADMIN" });
  const tag = unique("inv");
  [ana, budi] = await Promise.all([makeUser({ fullName: `Ana ${tag}` }), makeUser({ fullName: `@Budi ${tag}` })]);
  const [a, b] = await Promise.all([makeCourse({ teacherId: teacher.id, title: `Course A ${tag}`, priceIDR: 100_000 }), makeCourse({ teacherId: teacher.id, priceIDR: 100_000 })]);
  courseA = a;
  const anaA = await makeEnrollment({ studentId: ana.id, courseId: a.id, status: "UNPAID" });
  const budiA = await makeEnrollment({ studentId: budi.id, courseId: a.id, status: "IN_PROGRESS" });
  const anaB = await makeEnrollment({ studentId: ana.id, courseId: b.id, status: "UNPAID" });
  ids.anaA = (await makeInvoice({ enrollmentId: anaA.id })).id;
  ids.budiA = (await makeInvoice({ enrollmentId: budiA.id, status: "PAID", amountIDR: 100_000 })).id;
  ids.anaB = (await makeInvoice({ enrollmentId: anaB.id })).id;
});

const list = async (input: Record<string, unknown>) => (await listAllInvoices(actorOf(admin), input)).invoices.map((i) => i.id);

describe("the admins' invoices list", () => {
  it("filters by course, student id, status and the student's name, newest first", async () => {
    expect(await list({ courseId: courseA.id })).toEqual([ids.budiA, ids.anaA]);
    expect(await list({ courseId: courseA.id, status: "Pending" })).toEqual([ids.anaA]);
    expect(await list({ studentId: ana.id })).toEqual([ids.anaB, ids.anaA]);
    expect(await list({ q: ana.fullName.toLowerCase() })).toEqual([ids.anaB, ids.anaA]);
    expect(await list({ q: courseA.title, studentId: budi.id })).toEqual([ids.budiA]);
  });

  it("exports the same rows as CSV", async () => {
    const invoice = (id: number) => db.invoice.findUniqueOrThrow({ where: { id } });
    const [paid, pending] = await Promise.all([invoice(ids.budiA), invoice(ids.anaA)]);
    const { csv, fileName } = await invoicesCsv(actorOf(admin), { courseId: courseA.id }, "en", new Date(Date.UTC(2026, 10, 24)));
    expect(fileName).toBe("invoices-2026-11-24.csv");
    const bank = (await listAllInvoices(actorOf(admin), { courseId: courseA.id })).invoices.map((i) => i.bank);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFID,Student,Email,Course,Bank,Virtual account number,Amount (IDR),Status,Issued at (UTC),Due at (UTC),Paid at (UTC)",
      `${paid.id},'${budi.fullName},${budi.email},${courseA.title},${bank[0]},${paid.virtualAccountNumber},100000,Paid,${paid.createdAt.toISOString()},${paid.paymentDueAt.toISOString()},${paid.paidAt!.toISOString()}`,
      `${pending.id},${ana.fullName},${ana.email},${courseA.title},${bank[1]},${pending.virtualAccountNumber},150000,Pending,${pending.createdAt.toISOString()},${pending.paymentDueAt.toISOString()},`,
      "",
    ]);
  });
});
