// What the reader shows: a course's outline and one of its contents in the shape an enrolled
// student gets (lib/contents/views.ts, "reader": no correct answers), with its neighbours for
// previous/next. The teacher's "preview as student" reads it here and never writes; the
// student's reader (student-reader.ts) reads it through readCourseReader.
import type { Actor } from "@/lib/auth/actor";
import { audienceFor } from "@/lib/contents/audience";
import { contentNotFound, readContentRow } from "@/lib/contents/find-content";
import { type ContentAudience, type FullContentView, toContentView } from "@/lib/contents/views";
import { findManagedCourse } from "@/lib/courses/managed-course";
import { db } from "@/lib/db";
import { moduleOrder, moduleSelect, type ModuleView, toModuleView } from "@/lib/modules/views";

export type ReaderItem = ModuleView["contents"][number] & { moduleId: number; moduleTitle: string };

export type CourseReader = {
  course: { id: number; title: string; slug: string };
  modules: ModuleView[];
  /** The content shown: the one asked for, else the first; null when the course has none. */
  content: FullContentView | null;
  /** Where the content sits in the outline, 0-based, and how many contents there are. */
  index: number;
  total: number;
  previous: ReaderItem | null;
  next: ReaderItem | null;
};

/**
 * The course as an enrolled student will see it, for its teacher or an admin (404 where the
 * course is hidden from the actor, 403 where they may see but not manage it), without an
 * enrolment and without recording anything. contentId null: the first content.
 */
export async function getCoursePreview(actor: Actor, courseId: number, contentId: number | null): Promise<CourseReader> {
  const course = await findManagedCourse(actor, courseId);
  return readCourseReader(courseId, await audienceFor(actor, course, { asStudent: true }), () => contentId);
}

/**
 * The reader of a course for an audience the caller has decided. `choose` picks the content
 * among the outline's items (null: the first); one that is not in the course is "not found".
 */
export async function readCourseReader(courseId: number, audience: ContentAudience, choose: (items: ReaderItem[]) => number | null): Promise<CourseReader> {
  const [details, rows] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: courseId }, select: { id: true, title: true, slug: true } }),
    db.module.findMany({ where: { courseId }, orderBy: moduleOrder, select: moduleSelect }),
  ]);
  const modules = rows.map(toModuleView);
  const items: ReaderItem[] = modules.flatMap((module) => module.contents.map((content) => ({ ...content, moduleId: module.id, moduleTitle: module.title })));
  const contentId = choose(items);
  const index = contentId === null ? 0 : items.findIndex((item) => item.id === contentId);
  if (index < 0) throw contentNotFound();
  const current = items[index];
  const view = current ? toContentView(await readContentRow(db, courseId, current.moduleId, current.id), courseId, audience) : null;
  return {
    course: details,
    modules,
    content: view && !view.locked ? view : null,
    index: current ? index : -1,
    total: items.length,
    previous: items[index - 1] ?? null,
    next: items[index + 1] ?? null,
  };
}
