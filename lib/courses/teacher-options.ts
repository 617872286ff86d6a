import type { Actor } from "@/lib/auth/actor";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/users/policy";

/** Whom an admin may give a course to: active teachers and administrators, by name. */
export async function listTeacherOptions(actor: Actor) {
  assertAdmin(actor);
  return db.user.findMany({
    where: { role: { in: TEACHING_ROLES }, disabledAt: null },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    select: { id: true, fullName: true, email: true },
  });
}
