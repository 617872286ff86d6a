// Discussion and comment inputs, shared by the forms, the server actions and the API routes
// (client-safe: no database here).
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";
import { MAX_COMMENT_BODY, MAX_DISCUSSION_DESCRIPTION, MAX_DISCUSSION_TITLE, MIN_DISCUSSION_TITLE } from "./limits";

const ZId = z.coerce
  .number({ error: msg("fieldNumber") })
  .int(msg("fieldWhole"))
  .positive(msg("fieldPositive"))
  .max(2_147_483_647, msg("fieldTooLarge"));

/** recent: latest activity (newest comment, else creation) first; newest: newest forum first; title: A–Z. */
export const discussionSorts = ["recent", "newest", "title"] as const;

/** newest first (the default for top-level comments), oldest first (the default for replies), most liked first. */
export const commentSorts = ["newest", "oldest", "mostLiked"] as const;
export type CommentSort = (typeof commentSorts)[number];

/** courseId (or the contract's programId) narrows the list to that course's Q&A forum. */
export const ZDiscussionListQuery = ZPageQuery.extend({
  q: ZSearch,
  courseId: blankAsMissing(ZId.optional()),
  programId: blankAsMissing(ZId.optional()),
  sort: blankAsMissing(z.enum(discussionSorts, { error: msg("fieldOneOf") }).default("recent")),
});

const ZTitle = ZText({ error: msg("discussionTitleRequired") })
  .trim()
  .min(MIN_DISCUSSION_TITLE, msg("discussionTitleMin"))
  .max(MAX_DISCUSSION_TITLE, msg("discussionTitleMax"));
const ZDescription = ZText().trim().max(MAX_DISCUSSION_DESCRIPTION, msg("discussionDescriptionMax"));

/** A forum; with courseId it is that course's Q&A forum (one per course). */
export const ZCreateDiscussionInput = z.object({
  title: ZTitle,
  description: ZDescription.optional(),
  courseId: ZId.optional(),
});
export type CreateDiscussionInput = z.input<typeof ZCreateDiscussionInput>;

/** Only what is sent changes; the course of a forum never does. */
export const ZUpdateDiscussionInput = z.object({
  title: ZTitle.optional(),
  description: ZDescription.optional(),
});

/** A comment's markdown body, trimmed. */
export const ZCommentInput = z.object({
  body: ZText({ error: msg("commentBodyRequired") }).trim().min(1, msg("commentBodyRequired")).max(MAX_COMMENT_BODY, msg("commentBodyMax")),
});
export type CommentInput = z.input<typeof ZCommentInput>;

const ZCommentSort = blankAsMissing(z.enum(commentSorts, { error: msg("fieldOneOf") }).optional());

/** Without parentId the top-level comments (newest first by default); with it, that comment's direct replies (oldest first by default). */
export const ZCommentListQuery = ZPageQuery.extend({
  sort: ZCommentSort,
  parentId: blankAsMissing(ZId.optional()),
});

/** The top-level comments of a forum, each with its replies two levels deep. */
export const ZCommentTreeQuery = ZPageQuery.extend({ sort: ZCommentSort });

const ZFlag = blankAsMissing(
  z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean({ error: msg("fieldBoolean") }).optional()),
);

/** The moderation view: every forum's comments, newest first. */
export const ZRecentCommentsQuery = ZPageQuery.extend({
  q: ZSearch,
  discussionId: blankAsMissing(ZId.optional()),
  includeDeleted: ZFlag,
});
