import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { deleteStoredAvatar } from "./avatar";
import { assertNotLastActiveAdmin } from "./last-admin";
import { assertCanManageUser } from "./policy";

/**
 * Deletes an account with its own data (enrolments, tokens). Never silently destroys other
 * people's data: a teacher who still owns courses must first reassign or delete them.
 */
export async function deleteUser(actor: Actor, userId: number) {
  assertCanManageUser(actor, userId);
  const user = await db.$transaction(async (tx) => {
    await assertNotLastActiveAdmin(tx, userId, "lastAdminDelete");
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, role: true, avatarUrl: true, _count: { select: { taughtCourses: true } }, enrollments: { where: { live: true }, select: { courseId: true } } },
    });
    if (!user) throw notFound("User");
    if (user._count.taughtCourses > 0) {
      const courses = user._count.taughtCourses;
      throw new AppError("CONFLICT", { key: "teacherOwnsCourses", values: { count: courses } });
    }
    await tx.user.delete({ where: { id: userId } });
    await audit({ actorId: actor.id === userId ? null : actor.id, action: "user.delete", entity: "User", entityId: userId, data: { email: user.email, role: user.role } }, tx);
    return user;
  });
  await deleteStoredAvatar(user.avatarUrl);
  // Their live enrolments counted among the students shown on those courses.
  if (user.enrollments.length) await invalidatePublic(...user.enrollments.map(({ courseId }) => ({ course: courseId })));
}
