// The admin console's overview: headline figures, accounts by role, sign-ups, enrolments and
// completions per week, revenue per month and the most enrolled courses. Weeks and months
// start in the reader's time zone (a payment early on the 1st in Jakarta counts in that
// month though it was still the month before in UTC). Everything is read in one round of
// parallel queries, and nothing made after `now` is counted, so the figures are a snapshot.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type WeekCount, weeklyCounts } from "@/lib/shared/weekly-counts";
import { assertAdmin } from "@/lib/users/policy";
import { getUserStats, type UserStats } from "@/lib/users/stats";

export const OVERVIEW_WEEKS = 12;
export const OVERVIEW_MONTHS = 12;
export const TOP_COURSES = 5;

export type MonthRevenue = { /** "YYYY-MM" in the time zone asked for. */ month: string; amountIDR: number };
export type TopCourse = { id: number; title: string; enrolments: number; completed: number; /** 0 to 1. */ completionRate: number };

export type AdminOverview = {
  totals: { users: number; activeStudents: number; publishedCourses: number; pendingInvoices: number; revenueThisMonthIDR: number };
  byRole: UserStats["byRole"];
  signupsPerWeek: WeekCount[];
  enrolmentsPerWeek: WeekCount[];
  completionsPerWeek: WeekCount[];
  /** Oldest month first, the current month last; only Paid invoices, by the day they were paid. */
  revenuePerMonth: MonthRevenue[];
  /** By live enrolments (Unpaid, In Progress, Completed), most first. */
  topCourses: TopCourse[];
};

type OverviewOptions = { /** An IANA zone, e.g. "Asia/Jakarta". */ timeZone: string; now?: Date };

function revenuePerMonth(timeZone: string, now: Date) {
  const at = now.toISOString();
  // paidAt is a UTC timestamp without zone: read it as UTC, then as local time in the zone.
  return db.$queryRaw<MonthRevenue[]>`
    WITH bounds AS (
      SELECT date_trunc('month', ${at}::timestamptz AT TIME ZONE ${timeZone}) AS this_month
    ), month AS (
      SELECT generate_series(this_month - ${`${OVERVIEW_MONTHS - 1} months`}::interval, this_month, '1 month') AS start FROM bounds
    )
    SELECT to_char(month.start, 'YYYY-MM') AS month, coalesce(sum(i."amountIDR"), 0)::float8 AS "amountIDR"
    FROM month
    LEFT JOIN "Invoice" i
      ON i.status = 'PAID'
      AND i."paidAt" <= ${at}::timestamptz AT TIME ZONE 'UTC'
      AND date_trunc('month', (i."paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) = month.start
    GROUP BY month.start
    ORDER BY month.start`;
}

async function topCourses(now: Date): Promise<TopCourse[]> {
  const rows = await db.$queryRaw<Omit<TopCourse, "completionRate">[]>`
    SELECT c.id, c.title, count(e.id)::int AS enrolments, (count(e.id) FILTER (WHERE e.status = 'COMPLETED'))::int AS completed
    FROM "Enrollment" e JOIN "Course" c ON c.id = e."courseId"
    WHERE e.live AND e."enrolledAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    GROUP BY c.id
    ORDER BY enrolments DESC, c.id
    LIMIT ${TOP_COURSES}`;
  return rows.map((row) => ({ ...row, completionRate: row.completed / row.enrolments }));
}

export async function getAdminOverview(actor: Actor, { timeZone, now = new Date() }: OverviewOptions): Promise<AdminOverview> {
  assertAdmin(actor);
  const made = { lte: now };
  const [users, enrolments, completions, revenue, top, activeStudents, publishedCourses, pendingInvoices] = await Promise.all([
    getUserStats(actor, { timeZone, now }),
    weeklyCounts({ table: "Enrollment", column: "enrolledAt", weeks: OVERVIEW_WEEKS, timeZone, now }),
    weeklyCounts({ table: "Enrollment", column: "completedAt", where: Prisma.sql`r.status = 'COMPLETED'`, weeks: OVERVIEW_WEEKS, timeZone, now }),
    revenuePerMonth(timeZone, now),
    topCourses(now),
    // Students learning now: an enrolment In Progress (paid or free), not merely an account.
    db.user.count({ where: { role: "STUDENT", createdAt: made, disabledAt: null, enrollments: { some: { status: "IN_PROGRESS", enrolledAt: made } } } }),
    db.course.count({ where: { status: "PUBLISHED", createdAt: made } }),
    // Past due ones are only waiting for the expiry job: they will not be paid.
    db.invoice.count({ where: { status: "PENDING", createdAt: made, paymentDueAt: { gt: now } } }),
  ]);
  return {
    totals: {
      users: users.byRole.reduce((sum, { count }) => sum + count, 0),
      activeStudents,
      publishedCourses,
      pendingInvoices,
      revenueThisMonthIDR: revenue.at(-1)?.amountIDR ?? 0,
    },
    byRole: users.byRole,
    signupsPerWeek: users.signupsPerWeek,
    enrolmentsPerWeek: enrolments,
    completionsPerWeek: completions,
    revenuePerMonth: revenue,
    topCourses: top,
  };
}
