// Certificates: the student reads their own (others are told they do not exist), admins
// issue, revoke and delete them, and anyone verifies a code.
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { db } from "@/lib/db";
import { adminsOnly, ownerOrAdmin, type Row, type World } from "./types";

/** The student's enrolment in the published course, completed (idempotent: every actor's call makes the same). */
async function completedEnrollment(world: World) {
  const enrollment = await db.enrollment.findFirstOrThrow({ where: { studentId: world.accounts.student.id, courseId: world.publishedCourseId, live: true } });
  if (enrollment.status === "COMPLETED") return enrollment;
  return db.enrollment.update({ where: { id: enrollment.id }, data: { status: "COMPLETED", progressPercentage: 100, completedAt: new Date() } });
}

/** The certificate of that enrolment, issued once. */
async function certificate(world: World) {
  const enrollment = await completedEnrollment(world);
  return db.$transaction((tx) => issueCertificate(tx, enrollment));
}

const mine = (world: World) => `/api/v1/users/${world.accounts.student.id}/certificates`;

export const certificateRows: Row[] = [
  { op: "GET /users/{userId}/certificates", call: (world) => ({ path: mine(world) }), expect: ownerOrAdmin },
  {
    op: "POST /users/{userId}/certificates",
    // Only the admin (the last actor) gets through the role gate and issues it.
    call: async (world) => ({ path: mine(world), data: { enrollmentId: (await completedEnrollment(world)).id } }),
    expect: adminsOnly(201),
  },
  {
    op: "GET /users/{userId}/certificates/{certificateId}",
    call: async (world) => ({ path: `${mine(world)}/${(await certificate(world)).id}` }),
    expect: ownerOrAdmin,
  },
  {
    op: "PATCH /users/{userId}/certificates/{certificateId}",
    call: async (world) => ({ path: `${mine(world)}/${(await certificate(world)).id}`, data: { revoked: true } }),
    expect: adminsOnly(200),
  },
  {
    op: "DELETE /users/{userId}/certificates/{certificateId}",
    call: async (world) => ({ path: `${mine(world)}/${(await certificate(world)).id}` }),
    expect: adminsOnly(200),
  },
  { op: "GET /certificates/{code}", call: async (world) => ({ path: `/api/v1/certificates/${(await certificate(world)).code}` }), expect: 200 },
];
