import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db, type Tx } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { assertCanManageCategories, categoryNotFound } from "./policy";
import { ZDeleteCategoryInput } from "./schemas";
import { lockCategoryWrites } from "./write-lock";

const moveToProblem = (key: "categoryMoveToSame" | "categoryMoveToMissing") =>
  new AppError("BAD_REQUEST", { key }, { fieldErrors: [{ field: "moveTo", message: { key } }] });

async function assertMoveTarget(tx: Tx, categoryId: number, moveTo: number) {
  if (moveTo === categoryId) throw moveToProblem("categoryMoveToSame");
  if (!(await tx.category.findUnique({ where: { id: moveTo }, select: { id: true } }))) throw moveToProblem("categoryMoveToMissing");
}

/**
 * Admins delete a category only when no course (of any status) uses it, or when they name
 * another category (`moveTo`) that takes its courses over in the same transaction. Courses
 * are never left without their category behind the admin's back.
 */
export async function deleteCategory(actor: Actor, categoryId: number, input: unknown = {}): Promise<{ movedCourses: number }> {
  assertCanManageCategories(actor);
  const { moveTo } = parseInput(ZDeleteCategoryInput, input);
  const movedCourses = await db.$transaction(async (tx) => {
    await lockCategoryWrites(tx);
    // The row lock makes a course that is being given this category right now either
    // commit first (and be counted below) or wait and then fail, never lose its category.
    const [category] = await tx.$queryRaw<{ id: number; name: string; slug: string }[]>`
      SELECT id, name, slug FROM "Category" WHERE id = ${categoryId} FOR UPDATE`;
    if (!category) throw categoryNotFound();
    if (moveTo !== undefined) await assertMoveTarget(tx, categoryId, moveTo);
    const courses = await tx.course.count({ where: { categoryId } });
    if (courses > 0 && moveTo === undefined) {
      throw new AppError("CONFLICT", { key: "categoryInUse", values: { count: courses } }, { fieldErrors: [{ field: "moveTo", message: { key: "categoryMoveToRequired" } }] });
    }
    const moved = moveTo === undefined ? 0 : (await tx.course.updateMany({ where: { categoryId }, data: { categoryId: moveTo } })).count;
    await tx.category.delete({ where: { id: categoryId } });
    await audit(
      { actorId: actor.id, action: "category.delete", entity: "Category", entityId: categoryId, data: { name: category.name, slug: category.slug, movedCourses: moved, moveTo: moveTo ?? null } },
      tx,
    );
    return moved;
  });
  // The moved courses' pages were cached under the old category's tag; lists and counts go with it.
  await invalidatePublic({ category: categoryId });
  return { movedCourses };
}
