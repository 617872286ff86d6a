import { describe, expect, it } from "vitest";
import { getAdminOverview } from "@/lib/admin/overview";
import { db } from "@/lib/db";
import type { InvoiceStatus, Role } from "@/lib/generated/prisma/enums";
import { makeCourse, makeEnrollment, makeInvoice, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

// Everything is back-dated to 1999 and the figures taken then, so what other test files make
// (today) is not counted and the figures are exact. No other file may back-date accounts,
// enrolments or invoices to before 1999-06-17: this file would count them.
const NOW = new Date("1999-06-16T12:00:00Z"); // a Wednesday; 19:00 in Jakarta
const at = (iso: string) => new Date(iso);

async function userMadeAt(iso: string, role: Role = "STUDENT") {
  const user = await makeUser({ role });
  return db.user.update({ where: { id: user.id }, data: { createdAt: at(iso) } });
}

async function enrolment(studentId: number, courseId: number, enrolledAt: string, completedAt?: string) {
  const row = await makeEnrollment({ studentId, courseId, status: completedAt ? "COMPLETED" : "IN_PROGRESS", enrolledAt: at(enrolledAt) });
  return completedAt ? db.enrollment.update({ where: { id: row.id }, data: { completedAt: at(completedAt) } }) : row;
}

async function invoice(enrollmentId: number, status: InvoiceStatus, amountIDR: number, dates: { createdAt: string; paidAt?: string; dueAt?: string }) {
  const row = await makeInvoice({ enrollmentId, status, amountIDR, paymentDueAt: at(dates.dueAt ?? "1999-06-20T00:00:00Z") });
  return db.invoice.update({ where: { id: row.id }, data: { createdAt: at(dates.createdAt), paidAt: dates.paidAt ? at(dates.paidAt) : null } });
}

const zeroWeeks = (...weeks: string[]) => weeks.map((weekStart) => ({ weekStart, count: 0 }));

describe("the admin overview", () => {
  it("counts users, enrolments, completions, paid revenue and top courses as of the moment asked for, in the reader's zone", async () => {
    const admin = await userMadeAt("1998-01-01T00:00:00Z", "ADMIN");
    const teacher = await userMadeAt("1999-01-04T00:00:00Z", "TEACHER"); // before the twelve weeks
    const [ana, budi, citra] = [await userMadeAt("1999-05-01T00:00:00Z"), await userMadeAt("1999-05-01T00:00:00Z"), await userMadeAt("1999-05-02T00:00:00Z")];
    await userMadeAt("1999-06-16T12:00:01Z"); // after the moment the figures are taken

    const [algebra, biology] = [
      await makeCourse({ teacherId: teacher.id, title: "Algebra", createdAt: at("1999-01-10T00:00:00Z") }),
      await makeCourse({ teacherId: teacher.id, title: "Biology", createdAt: at("1999-01-10T00:00:00Z") }),
    ];
    await makeCourse({ teacherId: teacher.id, status: "DRAFT", createdAt: at("1999-01-10T00:00:00Z") });
    await makeCourse({ teacherId: teacher.id, createdAt: at("1999-06-17T00:00:00Z") }); // published later

    const anaAlgebra = await enrolment(ana.id, algebra.id, "1999-06-14T03:00:00Z"); // In Progress, this week
    // Completed on Monday 01:00 in Jakarta, still Sunday in UTC: this week.
    const budiAlgebra = await enrolment(budi.id, algebra.id, "1999-06-01T03:00:00Z", "1999-06-13T18:00:00Z");
    const citraBiology = await enrolment(citra.id, biology.id, "1999-06-02T03:00:00Z", "1999-06-08T03:00:00Z");
    const left = await makeEnrollment({ studentId: ana.id, courseId: biology.id, status: "CANCELLED", enrolledAt: at("1999-06-03T03:00:00Z") });

    await invoice(anaAlgebra.id, "PAID", 100_000, { createdAt: "1999-06-09T00:00:00Z", paidAt: "1999-06-10T00:00:00Z" });
    // June 1st 01:00 in Jakarta, still May in UTC: June's.
    await invoice(budiAlgebra.id, "PAID", 50_000, { createdAt: "1999-05-30T00:00:00Z", paidAt: "1999-05-31T18:00:00Z" });
    await invoice(citraBiology.id, "PAID", 70_000, { createdAt: "1999-05-14T00:00:00Z", paidAt: "1999-05-15T00:00:00Z" });
    await invoice(citraBiology.id, "PAID", 999_000, { createdAt: "1998-06-01T00:00:00Z", paidAt: "1998-06-20T00:00:00Z" }); // before the twelve months
    await invoice(left.id, "PAID", 888_000, { createdAt: "1999-06-16T00:00:00Z", paidAt: "1999-06-16T12:00:01Z" }); // paid after now
    await invoice(left.id, "PENDING", 30_000, { createdAt: "1999-06-15T00:00:00Z", dueAt: "1999-06-18T00:00:00Z" }); // pending
    await invoice(left.id, "PENDING", 30_000, { createdAt: "1999-06-01T00:00:00Z", dueAt: "1999-06-04T00:00:00Z" }); // past due
    await invoice(left.id, "CANCELLED", 20_000, { createdAt: "1999-06-05T00:00:00Z" });

    const overview = await getAdminOverview(actorOf(admin), { timeZone: "Asia/Jakarta", now: NOW });

    expect(overview.totals).toEqual({ users: 5, activeStudents: 1, publishedCourses: 2, pendingInvoices: 1, revenueThisMonthIDR: 150_000 });
    expect(overview.byRole).toEqual([
      { role: "STUDENT", count: 3 },
      { role: "TEACHER", count: 1 },
      { role: "ADMIN", count: 1 },
    ]);
    const weeks = ["1999-03-29", "1999-04-05", "1999-04-12", "1999-04-19", "1999-04-26", "1999-05-03", "1999-05-10", "1999-05-17", "1999-05-24", "1999-05-31", "1999-06-07", "1999-06-14"];
    expect(overview.signupsPerWeek).toEqual([...zeroWeeks(...weeks.slice(0, 4)), { weekStart: "1999-04-26", count: 3 }, ...zeroWeeks(...weeks.slice(5))]);
    expect(overview.enrolmentsPerWeek).toEqual([...zeroWeeks(...weeks.slice(0, 9)), { weekStart: "1999-05-31", count: 3 }, { weekStart: "1999-06-07", count: 0 }, { weekStart: "1999-06-14", count: 1 }]);
    expect(overview.completionsPerWeek).toEqual([...zeroWeeks(...weeks.slice(0, 10)), { weekStart: "1999-06-07", count: 1 }, { weekStart: "1999-06-14", count: 1 }]);
    expect(overview.revenuePerMonth).toEqual([
      ...["1998-07", "1998-08", "1998-09", "1998-10", "1998-11", "1998-12", "1999-01", "1999-02", "1999-03", "1999-04"].map((month) => ({ month, amountIDR: 0 })),
      { month: "1999-05", amountIDR: 70_000 },
      { month: "1999-06", amountIDR: 150_000 },
    ]);
    expect(overview.topCourses).toEqual([
      { id: algebra.id, title: "Algebra", enrolments: 2, completed: 1, completionRate: 0.5 },
      { id: biology.id, title: "Biology", enrolments: 1, completed: 1, completionRate: 1 },
    ]);
  });

  it("is for administrators only", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    expect((await fail(getAdminOverview(actorOf(teacher), { timeZone: "UTC", now: NOW })))?.status).toBe(403);
  });
});
