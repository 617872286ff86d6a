// Enrolments, invoices and the payment callback. Enrolments and invoices are their student's
// and the admins' (another member is told they do not exist); only students enrol; admins
// change, delete and mark paid; the callback answers to its signature, not to tokens.
import { db } from "@/lib/db";
import { makeEnrollment, makeInvoice } from "../../../tests/factories";
import type { Make } from "../../support/fixtures";
import { adminsOnly, ownerOrAdmin, type Row, type World } from "./types";

const studentPath = (world: World, rest: string) => `/api/v1/users/${world.accounts.student.id}${rest}`;

/** The world's own enrolment: `student` in the published course. */
const worldEnrollmentId = async (world: World) =>
  (await db.enrollment.findFirstOrThrow({ where: { studentId: world.accounts.student.id, courseId: world.publishedCourseId }, select: { id: true } })).id;

/** An unpaid enrolment of `student` in a new paid course, with an invoice of the given status. */
async function unpaid(world: World, make: Make, status: "PENDING" | "EXPIRED") {
  const course = await make.course({ teacherId: world.accounts.teacher.id, priceIDR: 100_000 });
  const enrollment = await makeEnrollment({ studentId: world.accounts.student.id, courseId: course.id, status: "UNPAID" });
  const invoice = await makeInvoice({ enrollmentId: enrollment.id, status, ...(status === "EXPIRED" ? { paymentDueAt: new Date(Date.now() - 60_000) } : {}) });
  return { enrollment, invoice };
}

export const enrollmentRows: Row[] = [
  { op: "GET /users/{userId}/enrollments", call: (world) => ({ path: studentPath(world, "/enrollments") }), expect: ownerOrAdmin },
  {
    op: "POST /users/{userId}/enrollments",
    call: async (world, _request, make) => {
      const course = await make.course({ teacherId: world.accounts.teacher.id, priceIDR: 100_000 });
      return { path: studentPath(world, "/enrollments"), data: { programId: course.id } };
    },
    // Admins may act for the student, but only students enrol: 403.
    expect: { anonymous: 401, student: 201, otherStudent: 404, teacher: 404, otherTeacher: 404, admin: 403 },
  },
  { op: "GET /users/{userId}/enrollments/{enrollmentId}", call: async (world) => ({ path: studentPath(world, `/enrollments/${await worldEnrollmentId(world)}`) }), expect: ownerOrAdmin },
  {
    op: "PATCH /users/{userId}/enrollments/{enrollmentId}",
    fresh: true,
    call: async (world) => ({ path: studentPath(world, `/enrollments/${await worldEnrollmentId(world)}`), data: { status: "Completed" } }),
    expect: adminsOnly(200),
  },
  {
    op: "DELETE /users/{userId}/enrollments/{enrollmentId}",
    fresh: true,
    call: async (world) => ({ path: studentPath(world, `/enrollments/${await worldEnrollmentId(world)}`) }),
    expect: adminsOnly(200),
  },
  {
    op: "POST /users/{userId}/enrollments/{enrollmentId}/leave",
    fresh: true,
    call: async (world) => ({ path: studentPath(world, `/enrollments/${await worldEnrollmentId(world)}/leave`) }),
    expect: ownerOrAdmin,
  },
  {
    op: "POST /users/{userId}/enrollments/{enrollmentId}/invoices",
    call: async (world, _request, make) => ({ path: studentPath(world, `/enrollments/${(await unpaid(world, make, "EXPIRED")).enrollment.id}/invoices`) }),
    expect: { ...ownerOrAdmin, student: 201, admin: 201 },
  },
  { op: "GET /users/{userId}/invoices", call: (world) => ({ path: studentPath(world, "/invoices") }), expect: ownerOrAdmin },
  {
    op: "GET /users/{userId}/invoices/{invoiceId}",
    call: async (world, _request, make) => ({ path: studentPath(world, `/invoices/${(await unpaid(world, make, "PENDING")).invoice.id}`) }),
    expect: ownerOrAdmin,
  },
  {
    op: "POST /users/{userId}/invoices/{invoiceId}/pay",
    call: async (world, _request, make) => ({ path: studentPath(world, `/invoices/${(await unpaid(world, make, "PENDING")).invoice.id}/pay`) }),
    expect: adminsOnly(200),
  },
  // No signature: 401 for everyone, whatever token they carry (e2e/api/payments.spec.ts signs).
  { op: "POST /payments/callback", call: () => ({ path: "/api/v1/payments/callback", data: { eventId: "x" } }), expect: 401 },
];
