// Admins create, change and delete forums; every change is audited. A course's Q&A forum is
// created with its course (one per course) and goes with it: it cannot be deleted alone.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/enrollments/policy";
import { assertCanManageForums, discussionNotFound } from "./policy";
import { ZCreateDiscussionInput, ZUpdateDiscussionInput } from "./schemas";
import { discussionSelect, type DiscussionView, toDiscussionView } from "./views";

const courseHasForum = () =>
  new AppError("CONFLICT", { key: "courseForumExists" }, { fieldErrors: [{ field: "courseId", message: { key: "courseForumExists" } }] });

export async function createDiscussion(actor: Actor, input: unknown): Promise<DiscussionView> {
  assertCanManageForums(actor);
  const data = parseInput(ZCreateDiscussionInput, input);
  const row = await db
    .$transaction(async (tx) => {
      if (data.courseId !== undefined) {
        if (!(await tx.course.findUnique({ where: { id: data.courseId }, select: { id: true } }))) throw notFound("Course");
        if (await tx.discussion.findUnique({ where: { courseId: data.courseId }, select: { id: true } })) throw courseHasForum();
      }
      const created = await tx.discussion.create({
        data: { title: data.title, description: data.description ?? "", courseId: data.courseId ?? null, createdById: actor.id },
        select: discussionSelect,
      });
      await audit(
        { actorId: actor.id, action: "discussion.create", entity: "Discussion", entityId: created.id, data: { title: created.title, courseId: created.courseId } },
        tx,
      );
      return created;
    })
    // Two admins adding the same course's forum at once: the unique courseId lets one through.
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw courseHasForum();
      throw error;
    });
  return toDiscussionView(row);
}

export async function updateDiscussion(actor: Actor, discussionId: number, input: unknown): Promise<DiscussionView> {
  assertCanManageForums(actor);
  const data = parseInput(ZUpdateDiscussionInput, input);
  return db.$transaction(async (tx) => {
    const before = await tx.discussion.findUnique({ where: { id: discussionId }, select: { title: true, description: true } });
    if (!before) throw discussionNotFound();
    const row = await tx.discussion.update({ where: { id: discussionId }, data: { title: data.title, description: data.description }, select: discussionSelect });
    const fields = (["title", "description"] as const).filter((field) => row[field] !== before[field]);
    if (fields.length) {
      const pick = (source: typeof before) => Object.fromEntries(fields.map((field) => [field, source[field]]));
      await audit({ actorId: actor.id, action: "discussion.update", entity: "Discussion", entityId: discussionId, data: { from: pick(before), to: pick(row) } }, tx);
    }
    return toDiscussionView(row);
  });
}

/** Deletes a platform-wide forum with its comments; a course's Q&A forum is 409. */
export async function deleteDiscussion(actor: Actor, discussionId: number): Promise<void> {
  assertCanManageForums(actor);
  await db.$transaction(async (tx) => {
    const forum = await tx.discussion.findUnique({ where: { id: discussionId }, select: { title: true, courseId: true, _count: { select: { comments: true } } } });
    if (!forum) throw discussionNotFound();
    if (forum.courseId !== null) throw new AppError("CONFLICT", { key: "courseForumDelete" });
    await tx.discussion.delete({ where: { id: discussionId } });
    await audit(
      { actorId: actor.id, action: "discussion.delete", entity: "Discussion", entityId: discussionId, data: { title: forum.title, comments: forum._count.comments } },
      tx,
    );
  });
}
