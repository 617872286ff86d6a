// Likes: one per user and comment, so liking twice counts once and unliking what is not liked
// changes nothing; both answer with the comment's fresh count. A deleted comment takes no
// likes either way (409).
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findCommentRow, readComment } from "./find-comment";
import { findForum } from "./find-discussion";
import { commentDeleted } from "./policy";
import type { CommentView } from "./views";

async function setLike(actor: Actor, discussionId: number, commentId: number, liked: boolean): Promise<CommentView> {
  const forum = await findForum(actor, discussionId);
  if ((await findCommentRow(db, forum, commentId)).deletedAt) throw commentDeleted();
  const key = { commentId, userId: actor.id };
  // skipDuplicates: two likes at the same moment insert one row, and neither fails.
  if (liked) await db.commentLike.createMany({ data: [key], skipDuplicates: true });
  else await db.commentLike.deleteMany({ where: key });
  return readComment(actor, forum, commentId);
}

export const likeComment = (actor: Actor, discussionId: number, commentId: number) => setLike(actor, discussionId, commentId, true);
export const unlikeComment = (actor: Actor, discussionId: number, commentId: number) => setLike(actor, discussionId, commentId, false);
