// Forums and comments as pages and the API show them. A comment's view depends on who reads
// it (likedByMe, canEdit, canDelete), so it is built with the reader and whether they
// moderate the forum. A deleted comment keeps its place in the thread (its replies stay) but
// shows neither its body nor its author.
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roleLabels } from "@/lib/shared/labels";
import type { CommentView, DiscussionView } from "./view-schemas";

export type { CommentNode, CommentView, DiscussionView, RecentCommentView } from "./view-schemas";

/** Comments that count: the deleted ones are only placeholders. */
export const liveComments = { deletedAt: null } as const satisfies Prisma.CommentWhereInput;

export const discussionSelect = {
  id: true,
  title: true,
  description: true,
  courseId: true,
  createdAt: true,
  updatedAt: true,
  course: { select: { id: true, title: true, slug: true } },
  createdBy: { select: { id: true, fullName: true } },
  _count: { select: { comments: { where: liveComments } } },
  comments: { where: liveComments, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
} as const satisfies Prisma.DiscussionSelect;

type DiscussionRow = Prisma.DiscussionGetPayload<{ select: typeof discussionSelect }>;

export const toDiscussionView = (row: DiscussionRow): DiscussionView => ({
  id: row.id,
  title: row.title,
  description: row.description,
  courseId: row.courseId,
  programId: row.courseId,
  course: row.course,
  createdBy: row.createdBy,
  commentsCount: row._count.comments,
  lastActivityAt: row.comments[0]?.createdAt.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const commentSelect = (reader: Actor) =>
  ({
    id: true,
    discussionId: true,
    parentId: true,
    authorId: true,
    body: true,
    editedAt: true,
    deletedAt: true,
    createdAt: true,
    updatedAt: true,
    author: { select: { id: true, fullName: true, avatarUrl: true, role: true } },
    likes: { where: { userId: reader.id }, select: { userId: true } },
    _count: { select: { likes: true, replies: true } },
  }) as const satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: ReturnType<typeof commentSelect> }>;

/** reader: who reads it; moderator: whether they moderate its forum (may delete any comment). */
export function toCommentView(row: CommentRow, reader: Actor, moderator: boolean): CommentView {
  const deleted = row.deletedAt !== null;
  const own = row.authorId === reader.id;
  return {
    id: row.id,
    discussionId: row.discussionId,
    parentId: row.parentId,
    body: deleted ? "" : row.body,
    author: deleted || !row.author ? null : { ...row.author, role: roleLabels.label(row.author.role) as "Student" | "Teacher" | "Admin" },
    likesCount: row._count.likes,
    likedByMe: row.likes.length > 0,
    repliesCount: row._count.replies,
    edited: row.editedAt !== null,
    deleted,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canEdit: own && !deleted,
    canDelete: !deleted && (own || moderator),
  };
}
