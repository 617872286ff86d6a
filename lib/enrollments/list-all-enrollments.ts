// The admins' list of every enrolment on the platform (live or ended), filtered by status,
// course and student, and its CSV export with the same filters and order.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { EnrollmentOrderByWithRelationInput, EnrollmentWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertAdmin } from "@/lib/users/policy";
import { adminEnrollmentSorts, ZAdminEnrollmentListQuery } from "./schemas";
import { adminEnrollmentSelect, toAdminEnrollmentView } from "./views";

type Query = ReturnType<typeof ZAdminEnrollmentListQuery.parse>;

// Every order ends on the id, so pages never overlap or skip rows.
const orderBy: Record<(typeof adminEnrollmentSorts)[number], EnrollmentOrderByWithRelationInput[]> = {
  newest: [{ enrolledAt: "desc" }, { id: "desc" }],
  oldest: [{ enrolledAt: "asc" }, { id: "asc" }],
  progress: [{ progressPercentage: "desc" }, { id: "desc" }],
  "progress-asc": [{ progressPercentage: "asc" }, { id: "asc" }],
};

function whereOf(query: Query): EnrollmentWhereInput {
  return {
    ...(query.status ? { status: query.status } : {}),
    ...(query.courseId ? { courseId: query.courseId } : {}),
    ...(query.studentId ? { studentId: query.studentId } : {}),
    ...(query.q
      ? { student: { OR: [{ fullName: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] } }
      : {}),
  };
}

export async function listAllEnrollments(actor: Actor, input: unknown = {}) {
  assertAdmin(actor);
  const query = parseInput(ZAdminEnrollmentListQuery, input);
  const where = whereOf(query);
  const [rows, total] = await Promise.all([
    db.enrollment.findMany({ where, select: adminEnrollmentSelect, orderBy: orderBy[query.sort], ...pageWindow(query) }),
    db.enrollment.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toAdminEnrollmentView), total, query);
  return { enrollments: items, pagination };
}

/** Every matching enrolment, unpaged, for the CSV export. */
export async function allEnrollments(actor: Actor, input: unknown = {}) {
  assertAdmin(actor);
  const query = parseInput(ZAdminEnrollmentListQuery, input);
  const rows = await db.enrollment.findMany({ where: whereOf(query), select: adminEnrollmentSelect, orderBy: orderBy[query.sort] });
  return rows.map(toAdminEnrollmentView);
}
