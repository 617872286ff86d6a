import { beforeAll, describe, expect, it } from "vitest";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { studentDashboard } from "@/lib/dashboard/student-dashboard";
import { db } from "@/lib/db";
import { makeCourse, makeEnrollment, makeInvoice, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";

let teacher: TestUser;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
});

const lessons = [{ title: "Basics", contents: [{ title: "One", type: "LESSON" as const }, { title: "Two", type: "LESSON" as const }] }];

describe("a student's dashboard", () => {
  it("sorts one course of each state into its section, with where each button leads", async () => {
    const student = await makeUser();
    const now = new Date();
    const [studying, finished, unpaid, expiredOnly, upcoming, left] = await Promise.all([
      makeCourse({ teacherId: teacher.id, title: "Studying", outline: lessons }),
      makeCourse({ teacherId: teacher.id, title: "Finished" }),
      makeCourse({ teacherId: teacher.id, title: "Unpaid", priceIDR: 250_000 }),
      makeCourse({ teacherId: teacher.id, title: "Expired invoice", priceIDR: 99_000 }),
      makeCourse({ teacherId: teacher.id, title: "Upcoming", releaseDate: new Date(now.getTime() + 10 * DAY) }),
      makeCourse({ teacherId: teacher.id, title: "Left" }),
    ]);
    const lastContent = await db.content.findFirstOrThrow({ where: { module: { courseId: studying.id } }, orderBy: { position: "desc" } });
    const lastActivityAt = new Date(now.getTime() - DAY);
    const inProgress = await makeEnrollment({ studentId: student.id, courseId: studying.id, progressPercentage: 50 });
    await db.enrollment.update({ where: { id: inProgress.id }, data: { lastContentId: lastContent.id, lastActivityAt } });
    const completed = await makeEnrollment({ studentId: student.id, courseId: finished.id, status: "COMPLETED", progressPercentage: 100 });
    const certificate = await db.$transaction((tx) => issueCertificate(tx, completed));
    const awaiting = await makeEnrollment({ studentId: student.id, courseId: unpaid.id, status: "UNPAID" });
    const dueAt = new Date(now.getTime() + 3 * DAY);
    await makeInvoice({ enrollmentId: awaiting.id, status: "EXPIRED", paymentDueAt: new Date(now.getTime() - DAY) });
    const pending = await makeInvoice({ enrollmentId: awaiting.id, amountIDR: 250_000, paymentDueAt: dueAt });
    const stale = await makeEnrollment({ studentId: student.id, courseId: expiredOnly.id, status: "UNPAID" });
    const expired = await makeInvoice({ enrollmentId: stale.id, status: "EXPIRED", amountIDR: 99_000, paymentDueAt: new Date(now.getTime() - DAY) });
    const waiting = await makeEnrollment({ studentId: student.id, courseId: upcoming.id });
    await makeEnrollment({ studentId: student.id, courseId: left.id, status: "CANCELLED" });

    const dashboard = await studentDashboard(actorOf(student), now);
    const ref = (course: { id: number; title: string; slug: string; releaseDate: Date | null }) => ({
      id: course.id,
      title: course.title,
      slug: course.slug,
      releaseDate: course.releaseDate?.toISOString() ?? null,
    });
    expect(dashboard).toEqual({
      firstRun: false,
      inProgress: [
        {
          enrollmentId: inProgress.id,
          course: ref(studying),
          progressPercentage: 50,
          lastActivityAt: lastActivityAt.toISOString(),
          continueHref: `/learn/${studying.slug}/${lastContent.id}`,
        },
      ],
      completed: [
        {
          enrollmentId: completed.id,
          course: ref(finished),
          completedAt: expect.any(String),
          certificate: { code: certificate.code, href: `/certificates/${certificate.code}`, revoked: false },
        },
      ],
      unpaid: expect.arrayContaining([
        {
          enrollmentId: awaiting.id,
          course: ref(unpaid),
          invoice: { id: pending.id, amountIDR: 250_000, paymentDueAt: dueAt.toISOString(), status: "PENDING" },
          payHref: `/dashboard/invoices/${pending.id}`,
        },
        {
          enrollmentId: stale.id,
          course: ref(expiredOnly),
          invoice: { id: expired.id, amountIDR: 99_000, paymentDueAt: expired.paymentDueAt.toISOString(), status: "EXPIRED" },
          payHref: `/dashboard/invoices/${expired.id}`,
        },
      ]),
      upcoming: [{ enrollmentId: waiting.id, course: { ...ref(upcoming), releaseDate: upcoming.releaseDate!.toISOString() } }],
    });
    expect(dashboard.unpaid).toHaveLength(2);
  });

  it("continues at the course's start when nothing was opened yet, or the last content was removed", async () => {
    const student = await makeUser();
    const [fresh, changed] = await Promise.all([
      makeCourse({ teacherId: teacher.id, outline: lessons }),
      makeCourse({ teacherId: teacher.id, outline: lessons }),
    ]);
    await makeEnrollment({ studentId: student.id, courseId: fresh.id });
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: changed.id });
    const removed = await db.content.findFirstOrThrow({ where: { module: { courseId: changed.id } } });
    await db.enrollment.update({ where: { id: enrollment.id }, data: { lastContentId: removed.id, lastActivityAt: new Date() } });
    await db.content.delete({ where: { id: removed.id } });
    const { inProgress } = await studentDashboard(actorOf(student));
    expect(inProgress.map((item) => item.continueHref).sort()).toEqual([`/learn/${changed.slug}`, `/learn/${fresh.slug}`].sort());
    // The one studied most recently comes first.
    expect(inProgress[0]?.course.id).toBe(changed.id);
  });

  it("marks a revoked certificate, and a completed course without one", async () => {
    const student = await makeUser();
    const [a, b] = await Promise.all([makeCourse({ teacherId: teacher.id }), makeCourse({ teacherId: teacher.id })]);
    const withRevoked = await makeEnrollment({ studentId: student.id, courseId: a.id, status: "COMPLETED" });
    const certificate = await db.$transaction((tx) => issueCertificate(tx, withRevoked));
    await db.certificate.update({ where: { id: certificate.id }, data: { revokedAt: new Date() } });
    await makeEnrollment({ studentId: student.id, courseId: b.id, status: "COMPLETED" });
    const { completed } = await studentDashboard(actorOf(student));
    expect(completed.map((item) => [item.course.id, item.certificate?.revoked ?? null]).sort()).toEqual([[a.id, true], [b.id, null]].sort());
  });

  it("is a first run for a brand-new student, and not once they have enrolled (even after leaving)", async () => {
    const newcomer = await makeUser();
    expect(await studentDashboard(actorOf(newcomer))).toEqual({ firstRun: true, inProgress: [], completed: [], unpaid: [], upcoming: [] });
    const course = await makeCourse({ teacherId: teacher.id });
    await makeEnrollment({ studentId: newcomer.id, courseId: course.id, status: "CANCELLED" });
    expect(await studentDashboard(actorOf(newcomer))).toEqual({ firstRun: false, inProgress: [], completed: [], unpaid: [], upcoming: [] });
  });

  it("shows a pending invoice past its due date as expired, though the expiry job has not run", async () => {
    const student = await makeUser();
    const course = await makeCourse({ teacherId: teacher.id, priceIDR: 150_000, outline: lessons });
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
    const overdue = await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: new Date(Date.now() - 60_000) });
    const dashboard = await studentDashboard(actorOf(student));
    expect(dashboard.unpaid.map((entry) => entry.invoice)).toEqual([expect.objectContaining({ id: overdue.id, status: "EXPIRED" })]);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: overdue.id } })).status).toBe("EXPIRED");
  });

  it("shows only the student's own enrolments", async () => {
    const [student, other] = await Promise.all([makeUser(), makeUser()]);
    const course = await makeCourse({ teacherId: teacher.id });
    await makeEnrollment({ studentId: other.id, courseId: course.id });
    expect((await studentDashboard(actorOf(student))).firstRun).toBe(true);
  });
});
