// Forums and comments as the API shows them, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { roleLabels } from "@/lib/shared/labels";

export const ZDiscussionView = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    courseId: z.number().int().nullable().meta({ description: "The course whose Q&A forum this is; null for a platform-wide forum" }),
    programId: z.number().int().nullable().meta({ description: "The same as courseId, under the contract's name" }),
    course: z.object({ id: z.number().int(), title: z.string(), slug: z.string() }).nullable(),
    createdBy: z.object({ id: z.number().int(), fullName: z.string() }).nullable().meta({ description: "Null once that account is deleted" }),
    commentsCount: z.number().int().meta({ description: "Comments and replies that are not deleted" }),
    lastActivityAt: ZTimestamp.nullable().meta({ description: "When the newest comment was posted; null before the first" }),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
  })
  .meta({ id: "Discussion" });
export type DiscussionView = z.infer<typeof ZDiscussionView>;

export const ZCommentAuthor = z
  .object({
    id: z.number().int(),
    fullName: z.string(),
    avatarUrl: z.string().nullable(),
    role: z.enum(roleLabels.labels as ["Student", "Teacher", "Admin"]),
  })
  .meta({ id: "CommentAuthor" });

export const ZCommentView = z
  .object({
    id: z.number().int(),
    discussionId: z.number().int(),
    parentId: z.number().int().nullable().meta({ description: "The comment this one replies to; null at the top level" }),
    body: z.string().meta({ description: "Markdown; empty once deleted" }),
    author: ZCommentAuthor.nullable().meta({ description: "Null once the comment is deleted or its author's account is" }),
    likesCount: z.number().int(),
    likedByMe: z.boolean(),
    repliesCount: z.number().int().meta({ description: "Direct replies, deleted ones included (their own replies stay)" }),
    edited: z.boolean(),
    deleted: z.boolean(),
    createdAt: ZTimestamp,
    updatedAt: ZTimestamp,
    canEdit: z.boolean().meta({ description: "The caller wrote it and it is not deleted" }),
    canDelete: z.boolean().meta({ description: "The caller wrote it or moderates the forum, and it is not deleted" }),
  })
  .meta({ id: "Comment" });
/** A comment as the caller sees it. */
export type CommentView = z.infer<typeof ZCommentView>;
/** A comment with its replies, for the thread pages (two levels below a top-level comment). */
export type CommentNode = CommentView & { replies: CommentNode[] };

/** A comment in the moderation view, with the forum it is in. */
export const ZRecentCommentView = ZCommentView.extend({
  discussion: z.object({ id: z.number().int(), title: z.string() }),
}).meta({ id: "RecentComment" });
export type RecentCommentView = z.infer<typeof ZRecentCommentView>;
