// Checks that creating and changing a course share: a category that exists, a teacher who
// can teach, a unique slug, and the publishing rule. Each failure is a field error on the
// input it concerns, so forms show it next to that field.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin, TEACHING_ROLES } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CourseStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { firstFreeSlug } from "@/lib/shared/slug";

type Client = Tx | typeof db;

const slugTaken = () => new AppError("CONFLICT", { key: "slugTaken" }, { fieldErrors: [{ field: "slug", message: { key: "slugTaken" } }] });
const categoryMissing = () => new AppError("BAD_REQUEST", { key: "categoryMissing" }, { fieldErrors: [{ field: "categoryId", message: { key: "categoryMissing" } }] });

export async function assertCategoryExists(client: Client, categoryId: number | null | undefined) {
  if (categoryId == null) return;
  if (!(await client.category.findUnique({ where: { id: categoryId }, select: { id: true } }))) throw categoryMissing();
}

/**
 * Whose the course is to be. Only admins name another teacher, who must be an active
 * teacher or administrator; anyone else may only name the teacher it already has.
 */
export async function assertAssignableTeacher(client: Client, actor: Actor, teacherId: number | undefined, current: number) {
  if (teacherId === undefined || teacherId === current) return;
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", { key: "reassignAdminsOnly" });
  const teacher = await client.user.findFirst({ where: { id: teacherId, role: { in: TEACHING_ROLES }, disabledAt: null }, select: { id: true } });
  if (!teacher) throw new AppError("BAD_REQUEST", { key: "teacherInvalid" }, { fieldErrors: [{ field: "teacherId", message: { key: "teacherInvalid" } }] });
}

/** Publishing needs something to learn: at least one module holding at least one content. */
export async function assertCanBecome(client: Client, courseId: number | null, from: CourseStatus | null, to: CourseStatus | undefined) {
  if (to !== "PUBLISHED" || from === "PUBLISHED") return;
  const contents = courseId === null ? 0 : await client.content.count({ where: { module: { courseId } } });
  if (contents === 0) {
    throw new AppError("CONFLICT", { key: "publishNeedsContent" }, { fieldErrors: [{ field: "status", message: { key: "publishNeedsContent" } }] });
  }
}

/** The first of base, base-2, base-3, ... that no course uses. */
export async function freeSlug(client: Client, base: string) {
  const taken = new Set((await client.course.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(({ slug }) => slug));
  return firstFreeSlug(base, taken);
}

/** Maps a unique-index clash (the slug is the course's only unique column besides its id) and a
 *  category deleted meanwhile (its foreign key) to the answers the checks above give. */
export function rethrowCourseClash(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") throw slugTaken();
    if (error.code === "P2003" && error.message.includes("category")) throw categoryMissing();
  }
  throw error;
}

export const assertSlugFree = async (client: Client, slug: string, exceptCourseId?: number) => {
  const clash = await client.course.findFirst({ where: { slug, NOT: exceptCourseId ? { id: exceptCourseId } : undefined }, select: { id: true } });
  if (clash) throw slugTaken();
};
