// Before a teacher's account can be deleted, an administrator hands every course they own to
// another active teacher or administrator, in one step and one transaction.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { assertAssignableTeacher } from "@/lib/courses/course-rules";
import { db } from "@/lib/db";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { assertAdmin } from "./policy";
import { ZReassignCoursesInput } from "./schemas";

const sameTeacher = () => new AppError("BAD_REQUEST", { key: "teacherInvalid" }, { fieldErrors: [{ field: "teacherId", message: { key: "teacherInvalid" } }] });

/** Moves all of fromUserId's courses to input.teacherId; answers the ids moved, in id order. */
export async function reassignCourses(actor: Actor, fromUserId: number, input: unknown) {
  assertAdmin(actor);
  const { teacherId } = parseInput(ZReassignCoursesInput, input);
  const courseIds = await db.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: fromUserId }, select: { id: true } }))) throw notFound("User");
    if (teacherId === fromUserId) throw sameTeacher();
    await assertAssignableTeacher(tx, actor, teacherId, fromUserId);
    const courses = await tx.course.findMany({ where: { teacherId: fromUserId }, select: { id: true }, orderBy: { id: "asc" } });
    const courseIds = courses.map(({ id }) => id);
    await tx.course.updateMany({ where: { id: { in: courseIds } }, data: { teacherId } });
    await audit({ actorId: actor.id, action: "courses.reassign", entity: "User", entityId: fromUserId, data: { courseIds, teacherId } }, tx);
    return courseIds;
  });
  // Course pages and cards name their teacher; both teachers' profile lists change.
  if (courseIds.length) await invalidatePublic(...courseIds.map((id) => ({ course: id })), { teacher: fromUserId }, { teacher: teacherId });
  return { courseIds, teacherId };
}
