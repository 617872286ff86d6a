// The scheduled expiry runs on pg-boss in PostgreSQL: the schedule is stored there (so it
// survives restarts), and a run of the queue's worker expires overdue pending invoices.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { EXPIRE_INVOICES, startJobs } from "@/lib/jobs/boss";
import { makeCourse, makeEnrollment, makeInvoice, makeUser } from "../factories";

afterAll(async () => {
  await (await startJobs()).stop({ graceful: false });
});

describe("the expire-invoices job", () => {
  it("is scheduled every minute, and its worker expires overdue invoices", async () => {
    const boss = await startJobs();
    expect(await startJobs()).toBe(boss);
    expect((await boss.getSchedules()).map(({ name, cron }) => [name, cron])).toContainEqual([EXPIRE_INVOICES, "* * * * *"]);

    const teacher = await makeUser({ role: "TEACHER" });
    const course = await makeCourse({ teacherId: teacher.id, priceIDR: 10_000 });
    const student = await makeUser();
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
    const invoice = await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: new Date(Date.now() - 1000) });
    await boss.send(EXPIRE_INVOICES, {});
    await vi.waitFor(async () => expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("EXPIRED"), { timeout: 15_000, interval: 200 });
  });
});
