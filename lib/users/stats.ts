// Figures for the admin dashboard: accounts by role, and sign-ups per calendar week.
// Weeks start on Monday in the reader's time zone, so a Monday-morning sign-up in Jakarta
// counts in that week even though it was still Sunday in UTC.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { weeklyCounts } from "@/lib/shared/weekly-counts";
import { assertAdmin } from "./policy";

export const STATS_WEEKS = 12;
const ROLES: Role[] = ["STUDENT", "TEACHER", "ADMIN"];

export type UserStats = {
  byRole: { role: Role; count: number }[];
  /** Oldest week first; weekStart is the Monday, "YYYY-MM-DD", in the time zone asked for. */
  signupsPerWeek: { weekStart: string; count: number }[];
};

type StatsOptions = {
  /** An IANA zone, e.g. "Asia/Jakarta": where weeks start. */
  timeZone: string;
  /** The moment the figures are taken at; accounts made later are not counted. */
  now?: Date;
};

export async function getUserStats(actor: Actor, { timeZone, now = new Date() }: StatsOptions): Promise<UserStats> {
  assertAdmin(actor);
  const [roles, weeks] = await Promise.all([
    db.user.groupBy({ by: ["role"], _count: { _all: true }, where: { createdAt: { lte: now } } }),
    weeklyCounts({ table: "User", column: "createdAt", weeks: STATS_WEEKS, timeZone, now }),
  ]);
  const counts = new Map(roles.map((row) => [row.role, row._count._all]));
  return { byRole: ROLES.map((role) => ({ role, count: counts.get(role) ?? 0 })), signupsPerWeek: weeks };
}
