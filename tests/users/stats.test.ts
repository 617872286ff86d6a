import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getUserStats } from "@/lib/users/stats";
import { makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

// Accounts are back-dated to 2001 and the figures taken then, so the accounts other test
// files make (today) are not counted and the figures are exact.
const NOW = new Date("2001-03-15T12:00:00Z"); // a Thursday; 19:00 in Jakarta

async function userMadeAt(iso: string, role: "STUDENT" | "TEACHER" | "ADMIN" = "STUDENT") {
  const user = await makeUser({ role });
  return db.user.update({ where: { id: user.id }, data: { createdAt: new Date(iso) } });
}

describe("user stats", () => {
  it("counts accounts by role and sign-ups per week, weeks starting Monday in the time zone asked for", async () => {
    const admin = await userMadeAt("2000-06-01T00:00:00Z", "ADMIN"); // long before the twelve weeks
    await userMadeAt("2001-03-15T11:00:00Z"); // this week
    await userMadeAt("2001-03-11T18:00:00Z"); // Monday 01:00 in Jakarta, still Sunday in UTC
    await userMadeAt("2001-03-06T09:00:00Z", "TEACHER"); // the week before
    await userMadeAt("2001-03-07T09:00:00Z"); // the week before
    await userMadeAt("2000-12-25T03:00:00Z", "TEACHER"); // Monday of the oldest week shown
    await userMadeAt("2001-03-15T12:00:01Z"); // after the moment the figures are taken

    const jakarta = await getUserStats(actorOf(admin), { timeZone: "Asia/Jakarta", now: NOW });
    expect(jakarta.byRole).toEqual([
      { role: "STUDENT", count: 3 },
      { role: "TEACHER", count: 2 },
      { role: "ADMIN", count: 1 },
    ]);
    expect(jakarta.signupsPerWeek).toEqual([
      { weekStart: "2000-12-25", count: 1 },
      ...["2001-01-01", "2001-01-08", "2001-01-15", "2001-01-22", "2001-01-29", "2001-02-05", "2001-02-12", "2001-02-19", "2001-02-26"].map(
        (weekStart) => ({ weekStart, count: 0 }),
      ),
      { weekStart: "2001-03-05", count: 2 },
      { weekStart: "2001-03-12", count: 2 },
    ]);

    const utc = await getUserStats(actorOf(admin), { timeZone: "UTC", now: NOW });
    expect(utc.signupsPerWeek.slice(-2)).toEqual([
      { weekStart: "2001-03-05", count: 3 },
      { weekStart: "2001-03-12", count: 1 },
    ]);
  });

  it("is for administrators only", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    expect((await fail(getUserStats(actorOf(teacher), { timeZone: "UTC", now: NOW })))?.status).toBe(403);
  });
});
