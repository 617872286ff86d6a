// The students of a course for its teacher and admins: one row per student (their live
// enrolment, else the latest one they left), with progress, last activity, quiz scores and
// assignment counts. Sorting by last activity needs figures from three tables, so the list is
// one SQL query rather than Prisma's query builder.
import type { Actor } from "@/lib/auth/actor";
import { findTaughtCourse } from "@/lib/courses/taught-course";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { type CourseStudentSort, type CourseStudentsInput, type CourseStudentsQuery, ZCourseStudentsQuery } from "./schemas";
import type { CourseStudentView } from "./view-schemas";

// Every order ends on the enrolment id, so pages never overlap or skip rows.
const orderBy: Record<CourseStudentSort, Prisma.Sql> = {
  name: Prisma.sql`lower(s."fullName") ASC, s."enrollmentId" ASC`,
  "name-desc": Prisma.sql`lower(s."fullName") DESC, s."enrollmentId" DESC`,
  progress: Prisma.sql`s."progressPercentage" DESC, lower(s."fullName") ASC, s."enrollmentId" ASC`,
  "progress-asc": Prisma.sql`s."progressPercentage" ASC, lower(s."fullName") ASC, s."enrollmentId" ASC`,
  activity: Prisma.sql`s."lastActivityAt" DESC NULLS LAST, s."enrollmentId" DESC`,
  "activity-asc": Prisma.sql`s."lastActivityAt" ASC NULLS FIRST, s."enrollmentId" ASC`,
  enrolled: Prisma.sql`s."enrolledAt" DESC, s."enrollmentId" DESC`,
  "enrolled-asc": Prisma.sql`s."enrolledAt" ASC, s."enrollmentId" ASC`,
};

type StudentRow = {
  enrollmentId: number;
  studentId: number;
  fullName: string;
  email: string;
  status: EnrollmentStatus;
  progressPercentage: Prisma.Decimal;
  enrolledAt: Date;
  completedAt: Date | null;
  lastActivityAt: Date | null;
  quizzesTotal: number;
  quizzesTaken: number;
  quizAverage: number | null;
  assignmentsTotal: number;
  submitted: number;
  graded: number;
  late: number;
};

/** The students of one course, every figure per row; `where` and the window are the caller's. */
function studentsSql(courseId: number, query: Pick<CourseStudentsQuery, "q" | "status">) {
  const like = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return Prisma.sql`
    WITH contents AS (
      SELECT ct.id, ct.type FROM "Content" ct JOIN "Module" m ON m.id = ct."moduleId" WHERE m."courseId" = ${courseId}
    ), picked AS (
      SELECT DISTINCT ON (e."studentId") e.* FROM "Enrollment" e WHERE e."courseId" = ${courseId}
      ORDER BY e."studentId", e.live NULLS LAST, e."enrolledAt" DESC, e.id DESC
    ), s AS (
      SELECT p.id AS "enrollmentId", p."studentId", u."fullName", u.email, p.status, p."progressPercentage", p."enrolledAt", p."completedAt",
        GREATEST(p."lastActivityAt", done.last, tried.last) AS "lastActivityAt",
        (SELECT count(*) FROM contents WHERE type = 'QUIZ')::int AS "quizzesTotal",
        coalesce(tried.taken, 0) AS "quizzesTaken", tried.average AS "quizAverage",
        (SELECT count(*) FROM contents WHERE type = 'ASSIGNMENT')::int AS "assignmentsTotal",
        coalesce(done.submitted, 0) AS submitted, coalesce(done.graded, 0) AS graded, coalesce(done.late, 0) AS late
      FROM picked p
      JOIN "User" u ON u.id = p."studentId"
      LEFT JOIN LATERAL (
        SELECT max(GREATEST(c."completedAt", c."submittedAt", c."gradedAt")) AS last,
          (count(*) FILTER (WHERE ct.type = 'ASSIGNMENT' AND c."submittedAt" IS NOT NULL))::int AS submitted,
          (count(*) FILTER (WHERE ct.type = 'ASSIGNMENT' AND c."submittedAt" IS NOT NULL AND c."gradedAt" IS NOT NULL))::int AS graded,
          (count(*) FILTER (WHERE ct.type = 'ASSIGNMENT' AND c."submittedAt" IS NOT NULL AND c.late))::int AS late
        FROM "Completion" c JOIN contents ct ON ct.id = c."contentId" WHERE c."studentId" = p."studentId"
      ) done ON true
      LEFT JOIN LATERAL (
        SELECT max(best.last) AS last, count(*)::int AS taken, round(avg(best.score), 2)::float8 AS average
        FROM (
          SELECT max(a.percentage) AS score, max(a."createdAt") AS last
          FROM "QuizAttempt" a JOIN contents ct ON ct.id = a."contentId" WHERE a."studentId" = p."studentId" GROUP BY a."contentId"
        ) best
      ) tried ON true
      WHERE ${like ? Prisma.sql`(u."fullName" ILIKE ${like} OR u.email ILIKE ${like} OR u.username ILIKE ${like})` : Prisma.sql`TRUE`}
        AND ${query.status ? Prisma.sql`p.status = ${query.status}::"EnrollmentStatus"` : Prisma.sql`TRUE`}
    )`;
}

const toView = (row: StudentRow): CourseStudentView => ({
  enrollmentId: row.enrollmentId,
  student: { id: row.studentId, fullName: row.fullName, email: row.email },
  status: enrollmentStatusLabels.label(row.status),
  progressPercentage: Number(row.progressPercentage),
  enrolledAt: row.enrolledAt.toISOString(),
  completedAt: row.completedAt?.toISOString() ?? null,
  lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
  quizzes: { total: row.quizzesTotal, taken: row.quizzesTaken, averageScore: row.quizAverage },
  assignments: { total: row.assignmentsTotal, submitted: row.submitted, graded: row.graded, late: row.late },
});

async function readStudents(courseId: number, query: CourseStudentsQuery, window?: { skip: number; take: number }) {
  const limit = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  const rows = await db.$queryRaw<StudentRow[]>`${studentsSql(courseId, query)} SELECT * FROM s ORDER BY ${orderBy[query.sort]} ${limit}`;
  return rows.map(toView);
}

/** One page of the course's students. */
export async function listCourseStudents(actor: Actor, courseId: number, input: CourseStudentsInput | Record<string, unknown>) {
  const query = parseInput(ZCourseStudentsQuery, input);
  await findTaughtCourse(actor, courseId);
  const [students, [counted]] = await Promise.all([
    readStudents(courseId, query, pageWindow(query)),
    db.$queryRaw<{ total: number }[]>`${studentsSql(courseId, query)} SELECT count(*)::int AS total FROM s`,
  ]);
  const { items, pagination } = paginate(students, counted?.total ?? 0, query);
  return { students: items, pagination, query };
}

/** Every student matching the search and filter, in the asked order: the CSV export. */
export async function allCourseStudents(actor: Actor, courseId: number, input: CourseStudentsInput | Record<string, unknown>) {
  const query = parseInput(ZCourseStudentsQuery, input);
  const course = await findTaughtCourse(actor, courseId);
  return { course, students: await readStudents(courseId, query) };
}
