// How many rows fall in each of the last N calendar weeks, weeks starting on Monday in the
// reader's time zone (a Monday-morning event in Jakarta counts in that week though it was
// still Sunday in UTC). Every chart "per week" reads it; issue-10's admin figures too.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type WeekCount = { weekStart: string; count: number };

type WeeklyCountsQuery = {
  /** The table and its timestamp column, e.g. "Enrollment" and "enrolledAt" (code constants, never input). */
  table: "Enrollment" | "User" | "Completion" | "Invoice";
  column: string;
  /** Extra conditions on the row, aliased `r`, e.g. Prisma.sql`r."courseId" = ${id}`. */
  where?: Prisma.Sql;
  weeks: number;
  /** An IANA zone, e.g. "Asia/Jakarta": where weeks start. */
  timeZone: string;
  /** The moment the figures are taken at; later rows are not counted. */
  now: Date;
};

/** Oldest week first; weekStart is the Monday, "YYYY-MM-DD", in the time zone asked for. */
export function weeklyCounts({ table, column, where = Prisma.sql`TRUE`, weeks, timeZone, now }: WeeklyCountsQuery): Promise<WeekCount[]> {
  const at = now.toISOString();
  const stamp = Prisma.raw(`r."${column}"`);
  // The column is a UTC timestamp without zone: read it as UTC, then as local time in the zone.
  return db.$queryRaw<WeekCount[]>`
    WITH bounds AS (
      SELECT date_trunc('week', ${at}::timestamptz AT TIME ZONE ${timeZone}) AS this_week
    ), week AS (
      SELECT generate_series(this_week - ${`${weeks - 1} weeks`}::interval, this_week, '1 week') AS start FROM bounds
    )
    SELECT to_char(week.start, 'YYYY-MM-DD') AS "weekStart", count(r.id)::int AS count
    FROM week
    LEFT JOIN ${Prisma.raw(`"${table}"`)} r
      ON ${where}
      AND ${stamp} <= ${at}::timestamptz AT TIME ZONE 'UTC'
      AND date_trunc('week', (${stamp} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) = week.start
    GROUP BY week.start
    ORDER BY week.start`;
}
