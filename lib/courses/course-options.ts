import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/users/policy";

/** Every course by title, for the admins' course filters and pickers (drafts and archived ones too). */
export async function listCourseOptions(actor: Actor) {
  assertAdmin(actor);
  return db.course.findMany({ orderBy: [{ title: "asc" }, { id: "asc" }], select: { id: true, title: true } });
}
