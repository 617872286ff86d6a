import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { discussionNotFound, visibleDiscussionsWhere } from "./policy";
import { discussionSelect, type DiscussionView, toDiscussionView } from "./views";

/** One forum the actor may see; 404 otherwise. */
export async function getDiscussion(actor: Actor, discussionId: number): Promise<DiscussionView> {
  const row = await db.discussion.findFirst({ where: { AND: [{ id: discussionId }, visibleDiscussionsWhere(actor)] }, select: discussionSelect });
  if (!row) throw discussionNotFound();
  return toDiscussionView(row);
}

/** The course's Q&A forum when the actor may see it, for the link on the course page. */
export async function courseForumFor(actor: Actor, courseId: number): Promise<{ id: number } | null> {
  return db.discussion.findFirst({ where: { AND: [{ courseId }, visibleDiscussionsWhere(actor)] }, select: { id: true } });
}
