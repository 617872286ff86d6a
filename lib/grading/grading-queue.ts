// The grading queue: submissions still waiting for a grade in the courses the actor teaches
// (every course for an admin), the oldest submission first, so nobody waits longest.
import type { Actor } from "@/lib/auth/actor";
import { canTeach, isAdmin } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { type GradingQueueInput, ZGradingQueueQuery } from "./schemas";
import { queueSelect, submittedWhere, toQueueItem } from "./views";

/** Ungraded submissions in the actor's courses; `courseId` narrows to one course. */
export function ungradedWhere(actor: Actor, courseId?: number): Prisma.CompletionWhereInput {
  const course = isAdmin(actor) ? {} : { teacherId: actor.id };
  return { ...submittedWhere, gradedAt: null, content: { type: "ASSIGNMENT", module: { ...(courseId ? { courseId } : {}), course } } };
}

// Oldest first; the id settles ties so pages never overlap.
export const queueOrder = [{ submittedAt: "asc" }, { id: "asc" }] as const satisfies Prisma.CompletionOrderByWithRelationInput[];

export async function listGradingQueue(actor: Actor, input: GradingQueueInput | Record<string, unknown>) {
  if (!canTeach(actor)) throw new AppError("FORBIDDEN", { key: "teachersOnlyGrading" });
  const query = parseInput(ZGradingQueueQuery, input);
  const where: Prisma.CompletionWhereInput = {
    ...ungradedWhere(actor, query.courseId),
    ...(query.q ? { student: { OR: [{ fullName: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.completion.findMany({ where, orderBy: queueOrder, select: queueSelect, relationLoadStrategy: "join", ...pageWindow(query) }),
    db.completion.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toQueueItem), total, query);
  return { submissions: items, pagination, query };
}

/** How many submissions wait for the actor's grade (the badge on the teaching area). */
export async function countUngraded(actor: Actor): Promise<number> {
  if (!canTeach(actor)) return 0;
  return db.completion.count({ where: ungradedWhere(actor) });
}

/** The courses of the actor's queue, for its course filter: those with a submission waiting. */
export async function queueCourses(actor: Actor) {
  if (!canTeach(actor)) return [];
  return db.course.findMany({
    where: { ...(isAdmin(actor) ? {} : { teacherId: actor.id }), modules: { some: { contents: { some: { type: "ASSIGNMENT", completions: { some: { submittedAt: { not: null }, gradedAt: null } } } } } } },
    select: { id: true, title: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
}
