// One course's submissions for its teacher and admins (the API's view of the queue).
import type { Actor } from "@/lib/auth/actor";
import { findTaughtCourse } from "@/lib/courses/taught-course";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { queueOrder } from "./grading-queue";
import { type SubmissionListInput, ZSubmissionListQuery } from "./schemas";
import { submissionSelect, submittedWhere, toSubmissionView } from "./views";

const gradedFilter = { ungraded: { gradedAt: null }, graded: { gradedAt: { not: null } }, all: {} } as const;

export async function listSubmissions(actor: Actor, courseId: number, input: SubmissionListInput | Record<string, unknown>) {
  const query = parseInput(ZSubmissionListQuery, input);
  await findTaughtCourse(actor, courseId);
  const where: Prisma.CompletionWhereInput = { ...submittedWhere, ...gradedFilter[query.status], content: { type: "ASSIGNMENT", module: { courseId } } };
  const [rows, total] = await Promise.all([
    db.completion.findMany({ where, orderBy: queueOrder, select: submissionSelect, ...pageWindow(query) }),
    db.completion.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toSubmissionView), total, query);
  return { submissions: items, pagination };
}
