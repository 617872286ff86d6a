import type { Actor } from "@/lib/auth/actor";
import { canTeach } from "@/lib/auth/policy";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { assertAssignableTeacher, assertCanBecome, assertCategoryExists, assertSlugFree, freeSlug, rethrowCourseClash } from "./course-rules";
import { readCourseDetail } from "./read-course";
import { releaseInstant, ZCreateCourseInput } from "./schemas";
import { slugify } from "./slug";

/**
 * A teacher creates a course of their own; an admin creates one for any teacher (teacherId,
 * themselves by default). It starts as a draft, with its Q&A forum made in the same
 * transaction. A slug not given is derived from the title and made unique; one given that
 * another course uses is a 409 on the slug field.
 */
export async function createCourse(actor: Actor, input: unknown) {
  if (!canTeach(actor)) throw new AppError("FORBIDDEN", { key: "teachersOnly" });
  const data = parseInput(ZCreateCourseInput, input);
  const teacherId = data.teacherId ?? actor.id;
  const status = data.status ?? "DRAFT";

  const created = await db
    .$transaction(async (tx) => {
      await assertAssignableTeacher(tx, actor, teacherId, actor.id);
      await assertCategoryExists(tx, data.categoryId);
      // A new course has no modules yet, so it cannot start out published.
      await assertCanBecome(tx, null, null, status);
      if (data.slug) await assertSlugFree(tx, data.slug);
      const course = await tx.course.create({
        data: {
          title: data.title,
          slug: data.slug ?? (await freeSlug(tx, slugify(data.title) || "course")),
          description: data.description ?? "",
          categoryId: data.categoryId ?? null,
          priceIDR: data.priceIDR ?? 0,
          releaseDate: releaseInstant(data.releaseDate) ?? null,
          status,
          teacherId,
        },
        select: { id: true, title: true },
      });
      await tx.discussion.create({ data: { title: `${course.title} — Q&A`, courseId: course.id, createdById: actor.id } });
      if (teacherId !== actor.id) {
        await audit({ actorId: actor.id, action: "course.create_for", entity: "Course", entityId: course.id, data: { teacherId } }, tx);
      }
      return course;
    })
    .catch(rethrowCourseClash);
  await invalidatePublic({ course: created.id });
  return readCourseDetail(created.id);
}
