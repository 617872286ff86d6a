// Removes what a test made in the shared e2e database, with everything hanging off it:
// the server runs for the whole suite, so leftovers would show up in other tests' lists.
import { db } from "@/lib/db";
import { deleteStoredAvatar } from "@/lib/users/avatar";

export type Made = { users: { id: number; email: string }[]; courseIds: number[]; categoryIds: number[] };

export async function deleteMade({ users, courseIds, categoryIds }: Made) {
  const userIds = users.map((user) => user.id);
  const taught = await db.course.findMany({ where: { teacherId: { in: userIds } }, select: { id: true } });
  const courses = [...courseIds, ...taught.map((course) => course.id)];
  const avatars = await db.user.findMany({ where: { id: { in: userIds }, avatarUrl: { not: null } }, select: { avatarUrl: true } });
  await Promise.all(avatars.map((user) => deleteStoredAvatar(user.avatarUrl)));
  // Certificates and enrollments keep a course from being deleted (onDelete: Restrict).
  await db.$transaction([
    db.certificate.deleteMany({ where: { OR: [{ courseId: { in: courses } }, { userId: { in: userIds } }] } }),
    db.enrollment.deleteMany({ where: { OR: [{ courseId: { in: courses } }, { studentId: { in: userIds } }] } }),
    db.discussion.deleteMany({ where: { createdById: { in: userIds } } }),
    db.comment.deleteMany({ where: { authorId: { in: userIds } } }),
    db.course.deleteMany({ where: { id: { in: courses } } }),
    db.category.deleteMany({ where: { id: { in: categoryIds } } }),
    db.auditLog.deleteMany({ where: { OR: [{ actorId: { in: userIds } }, { entity: "User", entityId: { in: userIds } }] } }),
    db.mailOutbox.deleteMany({ where: { to: { in: users.map((user) => user.email) } } }),
    db.user.deleteMany({ where: { id: { in: userIds } } }),
  ]);
}
