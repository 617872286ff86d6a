// A course's figures for its teacher: enrolments per calendar week (the last 12, weeks
// starting on Monday in the reader's zone), live enrolments by status with the share that
// completed, and how the best quiz scores spread over ten buckets (0–9 … 90–100).
import type { Actor } from "@/lib/auth/actor";
import { findTaughtCourse } from "@/lib/courses/taught-course";
import { db } from "@/lib/db";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";

export const COURSE_STATS_WEEKS = 12;
const LIVE_STATUSES: EnrollmentStatus[] = ["UNPAID", "IN_PROGRESS", "COMPLETED"];

export type CourseStats = {
  /** Oldest week first; weekStart is the Monday, "YYYY-MM-DD", in the time zone asked for. */
  enrolmentsPerWeek: { weekStart: string; count: number }[];
  byStatus: { status: EnrollmentStatus; count: number }[];
  /** Completed live enrolments / live enrolments (0 to 1); null while there are none. */
  completionRate: number | null;
  /** Ten buckets, from 0 (scores 0–9) to 90 (scores 90–100): how many (student, quiz) best scores fall in each. */
  quizScores: { from: number; to: number; count: number }[];
};

export async function getCourseStats(actor: Actor, courseId: number, { timeZone, now = new Date() }: { timeZone: string; now?: Date }): Promise<CourseStats> {
  await findTaughtCourse(actor, courseId);
  const at = now.toISOString();
  const [weeks, statuses, buckets] = await Promise.all([
    // enrolledAt is a UTC timestamp without zone: read it as UTC, then as local time in the zone.
    db.$queryRaw<{ weekStart: string; count: number }[]>`
      WITH bounds AS (
        SELECT date_trunc('week', ${at}::timestamptz AT TIME ZONE ${timeZone}) AS this_week
      ), week AS (
        SELECT generate_series(this_week - ${`${COURSE_STATS_WEEKS - 1} weeks`}::interval, this_week, '1 week') AS start FROM bounds
      )
      SELECT to_char(week.start, 'YYYY-MM-DD') AS "weekStart", count(e.id)::int AS count
      FROM week
      LEFT JOIN "Enrollment" e
        ON e."courseId" = ${courseId}
        AND e."enrolledAt" <= ${at}::timestamptz AT TIME ZONE 'UTC'
        AND date_trunc('week', (e."enrolledAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) = week.start
      GROUP BY week.start
      ORDER BY week.start`,
    db.enrollment.groupBy({ by: ["status"], where: { courseId, live: true }, _count: { _all: true } }),
    db.$queryRaw<{ bucket: number; count: number }[]>`
      SELECT least(floor(best.score / 10), 9)::int AS bucket, count(*)::int AS count
      FROM (
        SELECT max(a.percentage) AS score FROM "QuizAttempt" a
        JOIN "Content" ct ON ct.id = a."contentId" JOIN "Module" m ON m.id = ct."moduleId"
        WHERE m."courseId" = ${courseId}
        GROUP BY a."studentId", a."contentId"
      ) best
      GROUP BY 1`,
  ]);
  const byStatus = LIVE_STATUSES.map((status) => ({ status, count: statuses.find((row) => row.status === status)?._count._all ?? 0 }));
  const live = byStatus.reduce((sum, { count }) => sum + count, 0);
  const completed = byStatus.find((row) => row.status === "COMPLETED")?.count ?? 0;
  const quizScores = Array.from({ length: 10 }, (_, bucket) => ({ from: bucket * 10, to: bucket === 9 ? 100 : bucket * 10 + 9, count: buckets.find((row) => row.bucket === bucket)?.count ?? 0 }));
  return { enrolmentsPerWeek: weeks, byStatus, completionRate: live ? completed / live : null, quizScores };
}
