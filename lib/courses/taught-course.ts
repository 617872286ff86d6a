// The course whose students and submissions an actor reads or grades: its teacher and
// admins. The same scope as findManagedCourse (404 when the course is hidden from them, 403
// when they only see it), with a refusal that names what they tried.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findManagedCourse } from "./managed-course";

export async function findTaughtCourse(actor: Actor, courseId: number, opts: { tx?: Tx } = {}) {
  try {
    return await findManagedCourse(actor, courseId, opts);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") throw new AppError("FORBIDDEN", { key: "notCourseTeacher" });
    throw error;
  }
}
