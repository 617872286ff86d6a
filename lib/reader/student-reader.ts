// The student's reader of a course (/learn/<slug>): who may open it decides what they get.
// Nobody signed in: sign in. The course's teacher or an admin: the preview (which records
// nothing). Not enrolled: the course is locked with the enrol call to action. Unpaid: locked
// until the invoice is paid. Not released yet: the date it opens. Otherwise the course reader
// (course-reader.ts) with the student's ticks, progress and record of the content shown, and
// the content is remembered as the one opened last ("Continue").
import type { MaybeActor } from "@/lib/auth/actor";
import { isReleased } from "@/lib/courses/content-access";
import { canManageCourse, readableCoursesWhere } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { readContentState } from "@/lib/learning/content-state";
import { recordVisit } from "@/lib/learning/record-visit";
import type { ContentState } from "@/lib/learning/views";
import { type CourseReader, type ReaderItem, readCourseReader } from "./course-reader";

type CourseCard = { id: number; title: string; slug: string };

export type StudentReader =
  | { state: "signIn"; course: CourseCard }
  | { state: "preview"; course: CourseCard; previewPath: string }
  | { state: "notEnrolled"; course: CourseCard }
  | { state: "unpaid"; course: CourseCard; invoiceId: number | null }
  | { state: "notReleased"; course: CourseCard; releaseDate: string }
  | {
      state: "open";
      course: CourseCard;
      reader: CourseReader;
      completedIds: number[];
      progressPercentage: number;
      record: ContentState | null;
      /** Once the course is completed: its certificate's code (null if none was issued). */
      completed: { certificateCode: string | null } | null;
    };

/** Where "continue" leads: the content opened last, else the first not completed, else the first. */
function resumeAt(items: ReaderItem[], lastContentId: number | null, completed: ReadonlySet<number>): number | null {
  if (lastContentId !== null && items.some((item) => item.id === lastContentId)) return lastContentId;
  return (items.find((item) => !completed.has(item.id)) ?? items[0])?.id ?? null;
}

/** contentId null: where the student left off. */
export async function getStudentReader(actor: MaybeActor, slug: string, contentId: number | null): Promise<StudentReader> {
  const found = await db.course.findFirst({
    where: { AND: [{ slug }, readableCoursesWhere(actor)] },
    select: { id: true, title: true, slug: true, teacherId: true, releaseDate: true },
  });
  if (!found) throw notFound("Course");
  const { id, title } = found;
  const course = { id, title, slug: found.slug };
  const releaseDate = found.releaseDate;
  if (!actor) return { state: "signIn", course };
  if (canManageCourse(actor, found)) {
    return { state: "preview", course, previewPath: `/teach/courses/${course.id}/preview${contentId === null ? "" : `/${contentId}`}` };
  }
  const enrollment = await db.enrollment.findFirst({
    where: { studentId: actor.id, courseId: course.id, live: true },
    select: {
      id: true,
      status: true,
      progressPercentage: true,
      lastContentId: true,
      invoices: { orderBy: [{ status: "asc" }, { createdAt: "desc" }], take: 1, select: { id: true } },
      certificate: { select: { code: true } },
    },
  });
  if (!enrollment || enrollment.status === "CANCELLED") return { state: "notEnrolled", course };
  if (enrollment.status === "UNPAID") return { state: "unpaid", course, invoiceId: enrollment.invoices[0]?.id ?? null };
  if (!isReleased({ releaseDate })) return { state: "notReleased", course, releaseDate: (releaseDate as Date).toISOString() };

  const completions = db.completion.findMany({
    where: { studentId: actor.id, completedAt: { not: null }, content: { module: { courseId: course.id } } },
    select: { contentId: true },
  });
  // A content asked for by id needs no completions to be chosen, so both reads run at once.
  const [completedIds, reader] = await Promise.all([
    completions.then((rows) => rows.map((row) => row.contentId)),
    contentId === null
      ? completions.then((rows) => readCourseReader(course.id, "reader", (items) => resumeAt(items, enrollment.lastContentId, new Set(rows.map((row) => row.contentId)))))
      : readCourseReader(course.id, "reader", () => contentId),
  ]);
  const shown = reader.content;
  const [record] = await Promise.all([shown ? readContentState(db, actor.id, shown.id) : null, shown ? recordVisit(enrollment.id, shown.id) : null]);
  return {
    state: "open",
    course,
    reader,
    completedIds,
    progressPercentage: Number(enrollment.progressPercentage),
    record,
    completed: enrollment.status === "COMPLETED" ? { certificateCode: enrollment.certificate?.code ?? null } : null,
  };
}
