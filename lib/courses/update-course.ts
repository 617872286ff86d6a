import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { assertAssignableTeacher, assertCanBecome, assertCategoryExists, assertSlugFree, rethrowCourseClash } from "./course-rules";
import { findManagedCourse } from "./managed-course";
import { readCourseDetail } from "./read-course";
import { releaseInstant, ZUpdateCourseInput } from "./schemas";

/**
 * Changes a course's details, status or (admins) teacher; absent fields stay as they are.
 * Its teacher and admins only: another teacher's draft is 404, their published course 403.
 * The course row is locked for the change, so a publish and a concurrent removal of the last
 * content (which locks it too) cannot both pass the publishing rule. A reassignment is audited.
 */
export async function updateCourse(actor: Actor, courseId: number, input: unknown) {
  await db
    .$transaction(async (tx) => {
      // Who may change it is settled before what they sent is read: 404/403 come before 400.
      const course = await findManagedCourse(actor, courseId, { tx, lock: true });
      const data = parseInput(ZUpdateCourseInput, input);
      await assertAssignableTeacher(tx, actor, data.teacherId, course.teacherId);
      await assertCategoryExists(tx, data.categoryId);
      await assertCanBecome(tx, courseId, course.status, data.status);
      if (data.slug && data.slug !== course.slug) await assertSlugFree(tx, data.slug, courseId);
      await tx.course.update({
        where: { id: courseId },
        data: {
          title: data.title,
          slug: data.slug,
          description: data.description,
          categoryId: data.categoryId,
          priceIDR: data.priceIDR,
          releaseDate: releaseInstant(data.releaseDate),
          status: data.status,
          teacherId: data.teacherId,
        },
      });
      if (data.teacherId !== undefined && data.teacherId !== course.teacherId) {
        await audit({ actorId: actor.id, action: "course.reassign", entity: "Course", entityId: courseId, data: { from: course.teacherId, to: data.teacherId } }, tx);
      }
    })
    .catch(rethrowCourseClash);
  await invalidatePublic({ course: courseId });
  return readCourseDetail(courseId);
}
