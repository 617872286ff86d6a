// Enrolling in a course: students only, in a published course. Free → In Progress at once;
// paid → Unpaid with a Pending invoice. One live enrolment per student and course: the
// unique index on (student, course, live) makes a concurrent second enrol fail, and that
// failure is the same 409 as enrolling twice. Re-enrolling after leaving starts from the
// completions the student kept, so progress is recomputed at once (for paid courses, on payment).
import type { Actor } from "@/lib/auth/actor";
import { invalidatePublic } from "@/lib/cache/public-data";
import { publishedCoursesWhere } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { notFound, parseInput } from "@/lib/errors";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { getInvoice } from "@/lib/invoices/read-invoices";
import { announceCompletions } from "@/lib/progress/announce-completions";
import { recomputeProgress } from "@/lib/progress/recompute-progress";
import { assertCanManageUser } from "@/lib/users/policy";
import { alreadyEnrolled, assertCanEnrol, isUniqueViolation } from "./policy";
import { getEnrollment } from "./read-enrollments";
import { ZEnrolInput } from "./schemas";

export async function enrol(actor: Actor, userId: number, input: unknown) {
  assertCanManageUser(actor, userId);
  assertCanEnrol(actor);
  const { courseId } = parseInput(ZEnrolInput, input);
  const course = await db.course.findFirst({ where: { id: courseId, ...publishedCoursesWhere }, select: { id: true, slug: true, priceIDR: true } });
  if (!course) throw notFound("Course");

  const now = new Date();
  const paid = course.priceIDR > 0;
  const created = await db
    .$transaction(async (tx) => {
      if (await tx.enrollment.findFirst({ where: { studentId: userId, courseId, live: true }, select: { id: true } })) throw alreadyEnrolled();
      const enrollment = await tx.enrollment.create({ data: { studentId: userId, courseId, status: paid ? "UNPAID" : "IN_PROGRESS", enrolledAt: now }, select: { id: true } });
      const invoice = paid ? await issueInvoice(tx, { enrollmentId: enrollment.id, amountIDR: course.priceIDR }, now) : null;
      const progress = paid ? null : await recomputeProgress(tx, enrollment.id, now);
      return { enrollmentId: enrollment.id, invoiceId: invoice?.id ?? null, progress };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyEnrolled() : error;
    });
  await announceCompletions([created.progress]);
  await invalidatePublic({ course: courseId });
  return {
    enrollment: await getEnrollment(actor, userId, created.enrollmentId),
    invoice: created.invoiceId === null ? null : await getInvoice(actor, userId, created.invoiceId),
    course: { id: course.id, slug: course.slug },
  };
}
