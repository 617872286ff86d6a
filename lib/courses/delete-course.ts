import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { storage } from "@/lib/storage/storage";
import { deleteStoredCover } from "./cover";
import { findManagedCourse } from "./managed-course";

/**
 * Deletes a course with its outline, contents and forum. Never someone else's learning: a
 * course with any enrolment (even a cancelled one, whose history and invoices it keeps) is
 * a 409 that says to archive it instead. The row lock makes a concurrent enrolment either
 * wait and fail, or land first and be counted.
 */
export async function deleteCourse(actor: Actor, courseId: number) {
  const removed = await db.$transaction(async (tx) => {
    const course = await findManagedCourse(actor, courseId, { tx, lock: true });
    const enrolments = await tx.enrollment.count({ where: { courseId } });
    if (enrolments > 0) throw new AppError("CONFLICT", { key: "courseHasEnrolments", values: { count: enrolments } });
    const files = await tx.content.findMany({ where: { module: { courseId }, fileKey: { not: null } }, select: { fileKey: true } });
    await tx.course.delete({ where: { id: courseId } });
    await audit({ actorId: actor.id, action: "course.delete", entity: "Course", entityId: courseId, data: { slug: course.slug, teacherId: course.teacherId } }, tx);
    return { coverImageUrl: course.coverImageUrl, fileKeys: files.flatMap(({ fileKey }) => fileKey ?? []) };
  });
  await deleteStoredCover(removed.coverImageUrl);
  await Promise.all(
    removed.fileKeys.map((key) =>
      // Best effort, after the commit: a leftover file is unreachable (its content is gone) and harmless.
      storage()
        .delete(key)
        .catch((err: unknown) => log.warn({ err, key }, "could not delete a stored content file")),
    ),
  );
  await invalidatePublic({ course: courseId });
}
