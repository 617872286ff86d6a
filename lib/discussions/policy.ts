// Who sees and who moderates a forum. Platform-wide forums (no course) are open to everyone
// signed in. A course's Q&A forum is its teacher's, the admins' and its students' whose
// enrolment is live and paid for (In Progress or Completed): an unpaid or cancelled
// enrolment does not open it. A forum the actor may not see is "not found". Admins moderate
// every forum, a course's teacher its Q&A forum.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export function visibleDiscussionsWhere(actor: Actor): Prisma.DiscussionWhereInput {
  if (isAdmin(actor)) return {};
  return {
    OR: [
      { courseId: null },
      { course: { teacherId: actor.id } },
      { course: { enrollments: { some: { studentId: actor.id, live: true, status: { in: ["IN_PROGRESS", "COMPLETED"] } } } } },
    ],
  };
}

/** Admins, and the course's teacher in its Q&A forum, may delete anyone's comment there. */
export const moderates = (actor: Actor, forum: { course: { teacherId: number } | null }) => isAdmin(actor) || forum.course?.teacherId === actor.id;

export function assertCanManageForums(actor: Actor) {
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", { key: "adminsOnly" });
}

export const discussionNotFound = () => new AppError("NOT_FOUND", { key: "discussionNotFound" });
export const commentNotFound = () => new AppError("NOT_FOUND", { key: "commentNotFound" });
export const commentDeleted = () => new AppError("CONFLICT", { key: "commentDeleted" });
