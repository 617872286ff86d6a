// A student's enrolments (or any student's, for admins), newest first, by status if asked.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertCanManageUser } from "@/lib/users/policy";
import { enrollmentNotFound } from "./policy";
import { ZEnrollmentListQuery } from "./schemas";
import { enrollmentSelect, toEnrollmentView } from "./views";

export async function listEnrollments(actor: Actor, userId: number, input: unknown = {}) {
  assertCanManageUser(actor, userId);
  const query = parseInput(ZEnrollmentListQuery, input);
  const where = { studentId: userId, ...(query.status ? { status: query.status } : {}) };
  const [rows, total] = await Promise.all([
    db.enrollment.findMany({ where, select: enrollmentSelect, orderBy: [{ enrolledAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    db.enrollment.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toEnrollmentView), total, query);
  return { enrollments: items, pagination };
}

export async function getEnrollment(actor: Actor, userId: number, enrollmentId: number) {
  assertCanManageUser(actor, userId);
  const row = await db.enrollment.findFirst({ where: { id: enrollmentId, studentId: userId }, select: enrollmentSelect });
  if (!row) throw enrollmentNotFound();
  return toEnrollmentView(row);
}

/** The actor's live enrolment in a course with its open invoice, for the course page's card. */
export async function liveEnrollmentOf(studentId: number, courseId: number) {
  const row = await db.enrollment.findFirst({
    where: { studentId, courseId, live: true },
    select: { id: true, status: true, invoices: { orderBy: { id: "desc" }, take: 1, select: { id: true } } },
  });
  return row && { id: row.id, status: row.status, invoiceId: row.invoices[0]?.id ?? null };
}
