// The teaching area's list of courses: a teacher's own, every course for an admin (who may
// narrow it to one teacher), with how many students each has and the share who completed.
import type { Actor } from "@/lib/auth/actor";
import { canTeach, isAdmin } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import type { CourseOrderByWithRelationInput, CourseWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { type ManagedCourseListInput, managedCourseSorts, ZManagedCourseListQuery } from "./schemas";
import { courseSummarySelect, toCourseSummary } from "./views";

// Every order ends on id so that pages never overlap or skip rows.
const orderBy: Record<(typeof managedCourseSorts)[number], CourseOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  students: [{ enrollments: { _count: "desc" } }, { id: "desc" }],
};

/** Completed live enrolments per course, and all live ones, for the given courses (one query). */
async function completionOf(courseIds: number[]) {
  const groups = await db.enrollment.groupBy({ by: ["courseId", "status"], where: { courseId: { in: courseIds }, live: true }, _count: { _all: true } });
  const totals = new Map<number, { live: number; completed: number }>();
  for (const group of groups) {
    const total = totals.get(group.courseId) ?? { live: 0, completed: 0 };
    total.live += group._count._all;
    if (group.status === "COMPLETED") total.completed += group._count._all;
    totals.set(group.courseId, total);
  }
  return totals;
}

/**
 * One page of the courses the actor manages. completionRate is the share (0 to 1) of live
 * enrolments that are Completed, null while a course has none.
 */
export async function listManagedCourses(actor: Actor, input: ManagedCourseListInput | Record<string, unknown>) {
  if (!canTeach(actor)) throw new AppError("FORBIDDEN", { key: "teachersOnly" });
  const query = parseInput(ZManagedCourseListQuery, input);
  const where: CourseWhereInput = {
    AND: [
      isAdmin(actor) ? (query.teacherId ? { teacherId: query.teacherId } : {}) : { teacherId: actor.id },
      query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { slug: { contains: query.q, mode: "insensitive" } }] } : {},
      query.status ? { status: query.status } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.course.findMany({ where, orderBy: orderBy[query.sort], select: courseSummarySelect, relationLoadStrategy: "join", ...pageWindow(query) }),
    db.course.count({ where }),
  ]);
  const completion = await completionOf(rows.map((row) => row.id));
  const courses = rows.map((row) => {
    const counts = completion.get(row.id);
    return { ...toCourseSummary(row), completedCount: counts?.completed ?? 0, completionRate: counts?.live ? counts.completed / counts.live : null };
  });
  const { items, pagination } = paginate(courses, total, query);
  return { courses: items, pagination, query };
}

export type ManagedCourseRow = Awaited<ReturnType<typeof listManagedCourses>>["courses"][number];
