// The forums an actor may see, searched by title or description, one course's if asked.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Pagination, pageWindow, paginate } from "@/lib/shared/pagination";
import { visibleDiscussionsWhere } from "./policy";
import { ZDiscussionListQuery } from "./schemas";
import { discussionSelect, type DiscussionView, liveComments, toDiscussionView } from "./views";

/**
 * Most recent activity first: ordering by a forum's newest comment is not something Prisma
 * can sort on, so the matching forums' ids (there are tens, one per course plus a few) are
 * ranked in memory by their newest comment, and only the page's forums are read in full.
 */
async function rankByActivity(where: Prisma.DiscussionWhereInput): Promise<number[]> {
  const forums = await db.discussion.findMany({ where, select: { id: true, createdAt: true } });
  const newest = await db.comment.groupBy({
    by: ["discussionId"],
    where: { ...liveComments, discussionId: { in: forums.map((forum) => forum.id) } },
    _max: { createdAt: true },
  });
  const activity = new Map(newest.map((row) => [row.discussionId, row._max.createdAt?.getTime() ?? 0]));
  const at = (forum: { id: number; createdAt: Date }) => activity.get(forum.id) ?? forum.createdAt.getTime();
  return forums.toSorted((a, b) => at(b) - at(a) || b.id - a.id).map((forum) => forum.id);
}

const orderBy = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "asc" }],
} satisfies Record<string, Prisma.DiscussionOrderByWithRelationInput[]>;

export async function listDiscussions(actor: Actor, input: unknown): Promise<{ items: DiscussionView[]; pagination: Pagination }> {
  const query = parseInput(ZDiscussionListQuery, input);
  const courseId = query.courseId ?? query.programId;
  const where: Prisma.DiscussionWhereInput = {
    AND: [
      visibleDiscussionsWhere(actor),
      courseId === undefined ? {} : { courseId },
      query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }] } : {},
    ],
  };
  const { skip, take } = pageWindow(query);
  if (query.sort === "recent") {
    const ranked = await rankByActivity(where);
    const ids = ranked.slice(skip, skip + take);
    const rows = await db.discussion.findMany({ where: { id: { in: ids } }, select: discussionSelect });
    const byId = new Map(rows.map((row) => [row.id, toDiscussionView(row)]));
    return paginate(ids.flatMap((id) => byId.get(id) ?? []), ranked.length, query);
  }
  const [rows, total] = await Promise.all([
    db.discussion.findMany({ where, orderBy: orderBy[query.sort], select: discussionSelect, skip, take }),
    db.discussion.count({ where }),
  ]);
  return paginate(rows.map(toDiscussionView), total, query);
}
