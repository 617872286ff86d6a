// The user figures' exact counts (by role, sign-ups per week across a time-zone edge) are
// proven by tests/admin/overview.test.ts, which reads them through the admin overview: two
// files counting every account up to a back-dated moment would count each other's accounts.
import { describe, expect, it } from "vitest";
import { getUserStats } from "@/lib/users/stats";
import { makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

describe("user stats", () => {
  it("is for administrators only", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    expect((await fail(getUserStats(actorOf(teacher), { timeZone: "UTC", now: new Date() })))?.status).toBe(403);
  });
});
