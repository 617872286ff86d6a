// Reading comments of a forum the actor may see, as that actor sees them.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TREE_REPLIES_PER_PARENT } from "./limits";
import { commentNotFound } from "./policy";
import type { CommentSort } from "./schemas";
import { type CommentNode, type CommentRow, commentSelect, type CommentView, toCommentView } from "./views";
import type { Forum } from "./find-discussion";

export const commentOrder = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  mostLiked: [{ likes: { _count: "desc" } }, { createdAt: "desc" }, { id: "desc" }],
} satisfies Record<CommentSort, Prisma.CommentOrderByWithRelationInput[]>;

/** A comment of this forum (deleted ones included), locked for the write that follows when `lock`. */
export async function findCommentRow(tx: Tx, forum: Forum, commentId: number, opts: { lock?: boolean } = {}) {
  if (opts.lock) await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ${commentId} FOR UPDATE`;
  const row = await tx.comment.findFirst({
    where: { id: commentId, discussionId: forum.id },
    select: { id: true, authorId: true, parentId: true, body: true, deletedAt: true },
  });
  if (!row) throw commentNotFound();
  return row;
}

/** The comment as the actor sees it now. */
export async function readComment(actor: Actor, forum: Forum, commentId: number, client: Tx = db): Promise<CommentView> {
  const row = await client.comment.findFirst({ where: { id: commentId, discussionId: forum.id }, select: commentSelect(actor) });
  if (!row) throw commentNotFound();
  return toCommentView(row, actor, forum.moderator);
}

/** A comment with its replies and theirs (at most TREE_REPLIES_PER_PARENT each, oldest first). */
export const nodeSelect = (reader: Actor) => {
  const replies = { orderBy: commentOrder.oldest, take: TREE_REPLIES_PER_PARENT } as const;
  return {
    ...commentSelect(reader),
    replies: { ...replies, select: { ...commentSelect(reader), replies: { ...replies, select: commentSelect(reader) } } },
  } as const satisfies Prisma.CommentSelect;
};

type NodeRow = CommentRow & { replies?: NodeRow[] };

export const toCommentNode = (row: NodeRow, reader: Actor, moderator: boolean): CommentNode => ({
  ...toCommentView(row, reader, moderator),
  replies: (row.replies ?? []).map((reply) => toCommentNode(reply, reader, moderator)),
});
