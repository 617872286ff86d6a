import { beforeAll, describe, expect, it } from "vitest";
import { canReadCourseContent } from "@/lib/courses/content-access";
import { db } from "@/lib/db";
import { enrol } from "@/lib/enrollments/enrol";
import { leaveCourse } from "@/lib/enrollments/leave-course";
import { deleteEnrollment, updateEnrollment } from "@/lib/enrollments/manage-enrollment";
import { getEnrollment, listEnrollments } from "@/lib/enrollments/read-enrollments";
import { AppError } from "@/lib/errors";
import { makeCompletion, makeCourse, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";

let teacher: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [teacher, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
});

const twoLessons = [{ title: "One", contents: [{ title: "A", type: "LESSON" as const }, { title: "B", type: "LESSON" as const }] }];
const course = (opts: { priceIDR?: number; status?: "DRAFT" | "PUBLISHED" | "ARCHIVED" } = {}) => makeCourse({ teacherId: teacher.id, outline: twoLessons, ...opts });

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("enrolling", () => {
  it("puts a student straight into a free course, In Progress, without an invoice", async () => {
    const [free, student] = await Promise.all([course(), makeUser()]);
    const { enrollment, invoice } = await enrol(actorOf(student), student.id, { programId: free.id });
    expect(invoice).toBeNull();
    expect(enrollment).toMatchObject({ programId: free.id, courseId: free.id, status: "In Progress", progressPercentage: 0, completedAt: null });
    expect(enrollment).not.toHaveProperty("certificateId");
    expect(await canReadCourseContent(actorOf(student), free)).toBe(true);
  });

  it("makes a paid enrolment Unpaid with a Pending invoice of the course's price, and keeps the content locked", async () => {
    const [paid, student] = await Promise.all([course({ priceIDR: 150_000 }), makeUser()]);
    const { enrollment, invoice } = await enrol(actorOf(student), student.id, { courseId: paid.id });
    expect(enrollment.status).toBe("Unpaid");
    expect(invoice).toMatchObject({ enrollmentId: enrollment.id, amountIDR: 150_000, status: "Pending", paidAt: null });
    expect(invoice!.virtualAccountNumber).toMatch(/^\d{13,16}$/);
    expect(invoice!.paymentDueDatetime).toMatch(/T16:59:59\.999Z$/);
    expect(await canReadCourseContent(actorOf(student), paid)).toBe(false);
  });

  it("refuses teachers and admins (they preview), with a clear message", async () => {
    const free = await course();
    for (const user of [teacher, admin]) {
      const error = await failure(enrol(actorOf(user), user.id, { programId: free.id }));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe("Only students can enrol. Teachers and admins can preview a course instead.");
    }
  });

  it("only opens published courses, and only for oneself", async () => {
    const [draft, archived, free, student, other] = await Promise.all([course({ status: "DRAFT" }), course({ status: "ARCHIVED" }), course(), makeUser(), makeUser()]);
    expect((await failure(enrol(actorOf(student), student.id, { programId: draft.id }))).code).toBe("NOT_FOUND");
    expect((await failure(enrol(actorOf(student), student.id, { programId: archived.id }))).code).toBe("NOT_FOUND");
    expect((await failure(enrol(actorOf(student), other.id, { programId: free.id }))).code).toBe("NOT_FOUND");
    expect((await failure(enrol(actorOf(student), student.id, {}))).code).toBe("BAD_REQUEST");
  });

  it("answers 409 to a second enrolment, and creates exactly one under concurrent enrols", async () => {
    const [paid, student] = await Promise.all([course({ priceIDR: 99_000 }), makeUser()]);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => enrol(actorOf(student), student.id, { programId: paid.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r.reason as AppError).code).toBe("CONFLICT");
    expect(await db.enrollment.count({ where: { studentId: student.id, courseId: paid.id } })).toBe(1);
    expect(await db.invoice.count({ where: { enrollment: { studentId: student.id } } })).toBe(1);
    const again = await failure(enrol(actorOf(student), student.id, { programId: paid.id }));
    expect([again.code, again.message]).toEqual(["CONFLICT", "You are already enrolled in this course."]);
  });
});

describe("leaving and coming back", () => {
  it("cancels the enrolment and its pending invoice, and frees the place", async () => {
    const [paid, student] = await Promise.all([course({ priceIDR: 50_000 }), makeUser()]);
    const { enrollment, invoice } = await enrol(actorOf(student), student.id, { programId: paid.id });
    const left = await leaveCourse(actorOf(student), student.id, enrollment.id);
    expect(left.status).toBe("Cancelled");
    expect(left.cancelledAt).not.toBeNull();
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id }, select: { live: true } })).toEqual({ live: null });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice!.id } })).status).toBe("CANCELLED");
    expect((await failure(leaveCourse(actorOf(student), student.id, enrollment.id))).code).toBe("CONFLICT");
  });

  it("starts a re-enrolment from the completions the student kept", async () => {
    const [free, student] = await Promise.all([course(), makeUser()]);
    const first = await enrol(actorOf(student), student.id, { programId: free.id });
    const [lesson] = await db.content.findMany({ where: { module: { courseId: free.id } }, orderBy: { position: "asc" } });
    await makeCompletion({ studentId: student.id, contentId: lesson!.id });
    await leaveCourse(actorOf(student), student.id, first.enrollment.id);
    const second = await enrol(actorOf(student), student.id, { programId: free.id });
    expect(second.enrollment.id).not.toBe(first.enrollment.id);
    expect(second.enrollment.progressPercentage).toBe(50);
  });

  it("is the student's own: another student gets 404", async () => {
    const [free, student, other] = await Promise.all([course(), makeUser(), makeUser()]);
    const { enrollment } = await enrol(actorOf(student), student.id, { programId: free.id });
    expect((await failure(leaveCourse(actorOf(other), student.id, enrollment.id))).code).toBe("NOT_FOUND");
    expect((await failure(leaveCourse(actorOf(other), other.id, enrollment.id))).code).toBe("NOT_FOUND");
  });
});

describe("reading enrolments", () => {
  it("lists one's own, newest first, filtered by status, and hides another student's (404)", async () => {
    const [free, paid, student, other] = await Promise.all([course(), course({ priceIDR: 10_000 }), makeUser(), makeUser()]);
    await enrol(actorOf(student), student.id, { programId: free.id });
    const unpaid = await enrol(actorOf(student), student.id, { programId: paid.id });
    const all = await listEnrollments(actorOf(student), student.id, {});
    expect(all.enrollments.map((e) => e.status)).toEqual(["Unpaid", "In Progress"]);
    expect(all.pagination).toMatchObject({ totalRecords: 2, currentPage: 1, totalPages: 1 });
    const filtered = await listEnrollments(actorOf(student), student.id, { status: "unpaid" });
    expect(filtered.enrollments.map((e) => e.id)).toEqual([unpaid.enrollment.id]);
    expect((await failure(listEnrollments(actorOf(other), student.id, {}))).code).toBe("NOT_FOUND");
    expect((await failure(getEnrollment(actorOf(other), student.id, unpaid.enrollment.id))).code).toBe("NOT_FOUND");
    expect((await listEnrollments(actorOf(admin), student.id, {})).enrollments).toHaveLength(2);
  });
});

describe("admin changes", () => {
  it("completes an enrolment with completedAt and a certificate, audited; students may not", async () => {
    const [free, student] = await Promise.all([course(), makeUser()]);
    const { enrollment } = await enrol(actorOf(student), student.id, { programId: free.id });
    expect((await failure(updateEnrollment(actorOf(student), student.id, enrollment.id, { status: "Completed" }))).code).toBe("FORBIDDEN");
    const completed = await updateEnrollment(actorOf(admin), student.id, enrollment.id, { status: "Completed" });
    expect(completed.status).toBe("Completed");
    expect(completed.completedAt).not.toBeNull();
    const certificate = await db.certificate.findUniqueOrThrow({ where: { enrollmentId: enrollment.id } });
    expect(completed.certificateId).toBe(certificate.id);
    expect(await db.auditLog.count({ where: { action: "enrollment.update", entityId: enrollment.id, actorId: admin.id } })).toBe(1);
  });

  it("grants access from Unpaid with In Progress (cancelling the invoice), and deletes with an audit entry", async () => {
    const [paid, student] = await Promise.all([course({ priceIDR: 20_000 }), makeUser()]);
    const { enrollment, invoice } = await enrol(actorOf(student), student.id, { programId: paid.id });
    const granted = await updateEnrollment(actorOf(admin), student.id, enrollment.id, { status: "IN_PROGRESS" });
    expect(granted.status).toBe("In Progress");
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice!.id } })).status).toBe("CANCELLED");
    expect(await canReadCourseContent(actorOf(student), paid)).toBe(true);
    await deleteEnrollment(actorOf(admin), student.id, enrollment.id);
    expect(await db.enrollment.findUnique({ where: { id: enrollment.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "enrollment.delete", entityId: enrollment.id } })).toBe(1);
    expect((await failure(deleteEnrollment(actorOf(admin), student.id, enrollment.id))).code).toBe("NOT_FOUND");
  });
});
