// Reading a forum through the actor's scope, for every use case that works inside one.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { discussionNotFound, moderates, visibleDiscussionsWhere } from "./policy";

/** The forum when the actor may see it (404 otherwise), and whether they moderate it. */
export async function findForum(actor: Actor, discussionId: number, client: Tx = db) {
  const forum = await client.discussion.findFirst({
    where: { AND: [{ id: discussionId }, visibleDiscussionsWhere(actor)] },
    select: { id: true, title: true, courseId: true, course: { select: { teacherId: true } } },
  });
  if (!forum) throw discussionNotFound();
  return { ...forum, moderator: moderates(actor, forum) };
}

export type Forum = Awaited<ReturnType<typeof findForum>>;
