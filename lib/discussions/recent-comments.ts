// The admins' moderation view: the newest comments of every forum, searchable by body and
// narrowed to one forum, deleted ones only when asked for.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Pagination, pageWindow, paginate } from "@/lib/shared/pagination";
import { commentOrder } from "./find-comment";
import { assertCanManageForums } from "./policy";
import { ZRecentCommentsQuery } from "./schemas";
import { commentSelect, liveComments, type RecentCommentView, toCommentView } from "./views";

export async function listRecentComments(actor: Actor, input: unknown): Promise<{ items: RecentCommentView[]; pagination: Pagination }> {
  assertCanManageForums(actor);
  const query = parseInput(ZRecentCommentsQuery, input);
  const where: Prisma.CommentWhereInput = {
    ...(query.includeDeleted ? {} : liveComments),
    ...(query.discussionId === undefined ? {} : { discussionId: query.discussionId }),
    ...(query.q ? { body: { contains: query.q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.comment.findMany({
      where,
      orderBy: commentOrder.newest,
      select: { ...commentSelect(actor), discussion: { select: { id: true, title: true } } },
      ...pageWindow(query),
    }),
    db.comment.count({ where }),
  ]);
  return paginate(
    rows.map((row) => ({ ...toCommentView(row, actor, true), discussion: row.discussion })),
    total,
    query,
  );
}
