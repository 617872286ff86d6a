// A course's figures for its teacher: enrolments per calendar week (the last 12, weeks
// starting on Monday in the reader's zone), live enrolments by status with the share that
// completed, and how the best quiz scores spread over ten buckets (0–9 … 90–100).
import type { Actor } from "@/lib/auth/actor";
import { findTaughtCourse } from "@/lib/courses/taught-course";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { weeklyCounts } from "@/lib/shared/weekly-counts";

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
  const [weeks, statuses, buckets] = await Promise.all([
    weeklyCounts({ table: "Enrollment", column: "enrolledAt", where: Prisma.sql`r."courseId" = ${courseId}`, weeks: COURSE_STATS_WEEKS, timeZone, now }),
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
