import type { Actor } from "@/lib/auth/actor";
import { readComment } from "./find-comment";
import { findForum } from "./find-discussion";
import type { CommentView } from "./views";

/** One comment of a forum the actor may see (a deleted one shows as deleted). */
export async function getComment(actor: Actor, discussionId: number, commentId: number): Promise<CommentView> {
  return readComment(actor, await findForum(actor, discussionId), commentId);
}
