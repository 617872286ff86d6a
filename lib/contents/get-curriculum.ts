import type { MaybeActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findVisibleCourse } from "@/lib/modules/visible-course";
import { moduleOrder } from "@/lib/modules/views";
import { audienceFor } from "./audience";
import { contentOrder, contentOutlineSelect, contentSelect, type ContentView, toContentView, toLockedContent } from "./views";

/**
 * A course's whole curriculum in order, every module with its contents as this actor may see
 * them, in two queries: for the curriculum editor, and with `asStudent` for its teacher's
 * "preview as student" (no correct answers), which the reader builds on.
 */
export async function getCurriculum(actor: MaybeActor, courseId: number, opts: { asStudent?: boolean } = {}) {
  const course = await findVisibleCourse(actor, courseId);
  const audience = await audienceFor(actor, course, opts);
  const where = { module: { courseId } };
  const [modules, contents] = await Promise.all([
    db.module.findMany({
      where: { courseId },
      orderBy: moduleOrder,
      select: { id: true, courseId: true, title: true, description: true, position: true, createdAt: true, updatedAt: true },
    }),
    audience === "outline"
      ? db.content.findMany({ where, orderBy: contentOrder, select: contentOutlineSelect }).then((rows) => rows.map(toLockedContent))
      : db.content.findMany({ where, orderBy: contentOrder, select: contentSelect }).then((rows) => rows.map((row) => toContentView(row, courseId, audience))),
  ]);
  const byModule = new Map<number, ContentView[]>();
  for (const content of contents) byModule.set(content.moduleId, [...(byModule.get(content.moduleId) ?? []), content]);
  return {
    audience,
    modules: modules.map((module) => ({
      id: module.id,
      courseId: module.courseId,
      programId: module.courseId,
      title: module.title,
      description: module.description,
      position: module.position,
      createdAt: module.createdAt.toISOString(),
      updatedAt: module.updatedAt.toISOString(),
      contents: byModule.get(module.id) ?? [],
    })),
  };
}

export type Curriculum = Awaited<ReturnType<typeof getCurriculum>>;
