// Writing in a forum the actor may see: posting, replying, editing one's own comment and
// deleting one's own (or, for a moderator, anyone's). Deleting is soft: the comment stays as
// a placeholder so its replies keep their place. Posts and replies count against the
// per-user limit of comments a minute.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { consumeCommentPost } from "@/lib/security/rate-limit";
import { findCommentRow, readComment } from "./find-comment";
import { findForum } from "./find-discussion";
import { commentDeleted } from "./policy";
import { excerptOf, mailReplyNotice } from "./reply-mail";
import { ZCommentInput } from "./schemas";
import { commentSelect, type CommentView, toCommentView } from "./views";

/** A new top-level comment. */
export async function postComment(actor: Actor, discussionId: number, input: unknown): Promise<CommentView> {
  const { body } = parseInput(ZCommentInput, input);
  const forum = await findForum(actor, discussionId);
  await consumeCommentPost(actor.id);
  const row = await db.comment.create({ data: { discussionId: forum.id, authorId: actor.id, body }, select: commentSelect(actor) });
  return toCommentView(row, actor, forum.moderator);
}

/** A reply to a comment at any depth; a deleted comment takes no replies (409). Its author is mailed. */
export async function replyToComment(actor: Actor, discussionId: number, commentId: number, input: unknown): Promise<CommentView> {
  const { body } = parseInput(ZCommentInput, input);
  const forum = await findForum(actor, discussionId);
  const parent = await findCommentRow(db, forum, commentId);
  if (parent.deletedAt) throw commentDeleted();
  await consumeCommentPost(actor.id);
  const row = await db.$transaction(async (tx) => {
    // Locked so that a delete of the parent at this moment either waits for the reply or is seen here.
    if ((await findCommentRow(tx, forum, commentId, { lock: true })).deletedAt) throw commentDeleted();
    return tx.comment.create({ data: { discussionId: forum.id, authorId: actor.id, parentId: commentId, body }, select: commentSelect(actor) });
  });
  await mailReplyNotice({ id: row.id, discussionId: forum.id, parentId: commentId, body, authorId: actor.id });
  return toCommentView(row, actor, forum.moderator);
}

/** Authors edit their own comment, nobody else's (not even admins); a deleted one is 409. */
export async function editComment(actor: Actor, discussionId: number, commentId: number, input: unknown): Promise<CommentView> {
  const { body } = parseInput(ZCommentInput, input);
  const forum = await findForum(actor, discussionId);
  return db.$transaction(async (tx) => {
    const comment = await findCommentRow(tx, forum, commentId, { lock: true });
    if (comment.authorId !== actor.id) throw new AppError("FORBIDDEN", { key: "commentOwnOnly" });
    if (comment.deletedAt) throw commentDeleted();
    if (body !== comment.body) await tx.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
    return readComment(actor, forum, commentId, tx);
  });
}

/**
 * Authors delete their own comment; moderators (admins, the course's teacher in its Q&A
 * forum) anyone's, which is audited with the opening of what they removed. The body stays
 * in the row for that audit only; nobody reads it any more.
 */
export async function deleteComment(actor: Actor, discussionId: number, commentId: number): Promise<CommentView> {
  const forum = await findForum(actor, discussionId);
  return db.$transaction(async (tx) => {
    const comment = await findCommentRow(tx, forum, commentId, { lock: true });
    const own = comment.authorId === actor.id;
    if (!own && !forum.moderator) throw new AppError("FORBIDDEN", { key: "commentDeleteForbidden" });
    if (comment.deletedAt) throw commentDeleted();
    await tx.comment.update({ where: { id: commentId }, data: { deletedAt: new Date() } });
    if (!own) {
      await audit(
        {
          actorId: actor.id,
          action: "comment.delete",
          entity: "Comment",
          entityId: commentId,
          data: { discussionId: forum.id, authorId: comment.authorId, excerpt: excerptOf(comment.body) },
        },
        tx,
      );
    }
    return readComment(actor, forum, commentId, tx);
  });
}
