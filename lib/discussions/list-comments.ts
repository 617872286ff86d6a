// Reading a forum's comments: a flat page (the API's list: the top level, or one comment's
// direct replies), the same page as trees two levels deep (the forum page), and one thread.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { type Pagination, pageWindow, paginate } from "@/lib/shared/pagination";
import { findCommentRow, commentOrder, nodeSelect, toCommentNode } from "./find-comment";
import { findForum } from "./find-discussion";
import { commentNotFound } from "./policy";
import { ZCommentListQuery, ZCommentTreeQuery } from "./schemas";
import { type CommentNode, commentSelect, type CommentView, toCommentView } from "./views";

/** Top-level comments, newest first unless told; with parentId that comment's direct replies, oldest first unless told. */
export async function listComments(actor: Actor, discussionId: number, input: unknown): Promise<{ items: CommentView[]; pagination: Pagination }> {
  const query = parseInput(ZCommentListQuery, input);
  const forum = await findForum(actor, discussionId);
  if (query.parentId !== undefined) await findCommentRow(db, forum, query.parentId);
  const where = { discussionId: forum.id, parentId: query.parentId ?? null };
  const sort = query.sort ?? (query.parentId === undefined ? "newest" : "oldest");
  const [rows, total] = await Promise.all([
    db.comment.findMany({ where, orderBy: commentOrder[sort], select: commentSelect(actor), ...pageWindow(query) }),
    db.comment.count({ where }),
  ]);
  return paginate(
    rows.map((row) => toCommentView(row, actor, forum.moderator)),
    total,
    query,
  );
}

/** A page of top-level comments, each with its replies two levels deep; deeper ones only counted. */
export async function listCommentTree(actor: Actor, discussionId: number, input: unknown): Promise<{ items: CommentNode[]; pagination: Pagination }> {
  const query = parseInput(ZCommentTreeQuery, input);
  const forum = await findForum(actor, discussionId);
  const where = { discussionId: forum.id, parentId: null };
  const [rows, total] = await Promise.all([
    db.comment.findMany({ where, orderBy: commentOrder[query.sort ?? "newest"], select: nodeSelect(actor), ...pageWindow(query) }),
    db.comment.count({ where }),
  ]);
  return paginate(
    rows.map((row) => toCommentNode(row, actor, forum.moderator)),
    total,
    query,
  );
}

/** One comment (at any depth) with its replies two levels deep: a thread page. */
export async function getCommentThread(actor: Actor, discussionId: number, commentId: number): Promise<CommentNode> {
  const forum = await findForum(actor, discussionId);
  const row = await db.comment.findFirst({ where: { id: commentId, discussionId: forum.id }, select: nodeSelect(actor) });
  if (!row) throw commentNotFound();
  return toCommentNode(row, actor, forum.moderator);
}
