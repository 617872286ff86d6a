// A handed-in assignment as every reader of this module gets it: the API's view, and the
// queue's row with the student, the course and the assignment it belongs to.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionView } from "./view-schemas";

export const submissionSelect = {
  id: true,
  contentId: true,
  studentId: true,
  submissionText: true,
  submissionUrl: true,
  submissionFileName: true,
  submittedAt: true,
  late: true,
  grade: true,
  feedback: true,
  gradedAt: true,
} as const satisfies Prisma.CompletionSelect;

type SubmissionRow = Prisma.CompletionGetPayload<{ select: typeof submissionSelect }>;

export const toSubmissionView = (row: SubmissionRow): SubmissionView => ({
  id: row.id,
  contentId: row.contentId,
  studentId: row.studentId,
  text: row.submissionText,
  url: row.submissionUrl,
  fileName: row.submissionFileName,
  // Only submitted rows are read as submissions (submittedWhere).
  submittedAt: (row.submittedAt ?? new Date(0)).toISOString(),
  late: row.late,
  grade: row.grade,
  feedback: row.feedback,
  gradedAt: row.gradedAt?.toISOString() ?? null,
});

/** A completion that is an assignment's submission. */
export const submittedWhere = { submittedAt: { not: null }, content: { type: "ASSIGNMENT" } } as const satisfies Prisma.CompletionWhereInput;

export const queueSelect = {
  id: true,
  submittedAt: true,
  late: true,
  student: { select: { id: true, fullName: true, email: true } },
  content: { select: { id: true, title: true, dueAt: true, module: { select: { course: { select: { id: true, title: true, slug: true } } } } } },
} as const satisfies Prisma.CompletionSelect;

type QueueRow = Prisma.CompletionGetPayload<{ select: typeof queueSelect }>;

export const toQueueItem = (row: QueueRow) => ({
  id: row.id,
  student: row.student,
  course: row.content.module.course,
  content: { id: row.content.id, title: row.content.title },
  submittedAt: (row.submittedAt ?? new Date(0)).toISOString(),
  late: row.late,
  dueAt: row.content.dueAt?.toISOString() ?? null,
});
export type QueueItem = ReturnType<typeof toQueueItem>;
