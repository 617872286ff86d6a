// The forums over the API: admins manage forums; everyone signed in reads and writes in the
// forums they may see (platform-wide ones, and the Q&A forums of their paid courses, the
// ones they teach, or all for admins). A forum the caller may not see is 404.
import { z } from "zod";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { getComment } from "@/lib/discussions/get-comment";
import { getDiscussion } from "@/lib/discussions/get-discussion";
import { likeComment, unlikeComment } from "@/lib/discussions/like-comment";
import { listComments } from "@/lib/discussions/list-comments";
import { listDiscussions } from "@/lib/discussions/list-discussions";
import { createDiscussion, deleteDiscussion, updateDiscussion } from "@/lib/discussions/manage-discussions";
import { ZCommentInput, ZCommentListQuery, ZCreateDiscussionInput, ZDiscussionListQuery, ZUpdateDiscussionInput } from "@/lib/discussions/schemas";
import { ZCommentView, ZDiscussionView } from "@/lib/discussions/view-schemas";
import { deleteComment, editComment, postComment, replyToComment } from "@/lib/discussions/write-comments";

const tags = ["Discussions"];
const SEEN = "Forums the caller may not see (another course's Q&A forum, or one whose enrolment is unpaid or cancelled) are 404.";
const forumParams = z.object({ discussionId: ZPathId("discussionId") });
const commentParams = forumParams.extend({ commentId: ZPathId("commentId") });
const oneDiscussion = z.object({ discussion: ZDiscussionView });
const oneComment = z.object({ comment: ZCommentView });
/** What every write on one comment declares. */
const onComment = { tags, auth: "required" as const, params: commentParams, data: oneComment, errors: [404, 409] };
const RATE = "At most 10 comments (posts and replies) a minute per user: the next is 429 with Retry-After.";

export const discussionsRoutes = {
  GET: route({
    summary: "List discussion forums",
    description:
      "The forums the caller may see: platform-wide forums, and the Q&A forums of the courses they teach or are enrolled in and paid for (admins: all). Search by title or description (`q`), one course's forum (`courseId` or `programId`), sorted by `recent` activity (the default), `newest` or `title`, paginated.",
    tags,
    auth: "required",
    query: ZDiscussionListQuery,
    data: z.object({ discussions: z.array(ZDiscussionView) }),
    paginated: true,
    handler: async ({ actor, query }) => {
      const { items, pagination } = await listDiscussions(actor, query);
      return { message: { key: "discussionsListed" }, data: { discussions: items }, pagination };
    },
  }),
  POST: route({
    summary: "Create a discussion forum (admins)",
    description: "A platform-wide forum, or with `courseId` a course's Q&A forum (409 when the course has it already: every course gets one when it is created).",
    tags,
    auth: "required",
    roles: ADMIN_ROLES,
    body: ZCreateDiscussionInput,
    status: 201,
    data: oneDiscussion,
    errors: [404, 409],
    handler: async ({ actor, body }) => ({ status: 201, message: { key: "discussionCreated" }, data: { discussion: await createDiscussion(actor, body) } }),
  }),
};

export const discussionRoutes = {
  GET: route({
    summary: "Get a discussion forum",
    description: SEEN,
    tags,
    auth: "required",
    params: forumParams,
    data: oneDiscussion,
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "discussionRetrieved" }, data: { discussion: await getDiscussion(actor, params.discussionId) } }),
  }),
  PATCH: route({
    summary: "Update a discussion forum (admins)",
    description: "Only the fields sent change.",
    tags,
    auth: "required",
    roles: ADMIN_ROLES,
    params: forumParams,
    body: ZUpdateDiscussionInput,
    data: oneDiscussion,
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      message: { key: "discussionUpdated" },
      data: { discussion: await updateDiscussion(actor, params.discussionId, body) },
    }),
  }),
  DELETE: route({
    summary: "Delete a discussion forum (admins)",
    description: "Deletes a platform-wide forum with its comments. A course's Q&A forum is 409: it goes with its course.",
    tags,
    auth: "required",
    roles: ADMIN_ROLES,
    params: forumParams,
    data: ZNoData,
    errors: [404, 409],
    handler: async ({ actor, params }) => {
      await deleteDiscussion(actor, params.discussionId);
      return { message: { key: "discussionDeleted" } };
    },
  }),
};

export const commentsRoutes = {
  GET: route({
    summary: "List the comments of a discussion forum",
    description: `The top-level comments, \`newest\` first (the default) or \`oldest\` or \`mostLiked\`; with \`parentId\`, that comment's direct replies (\`oldest\` first by default). Deleted comments stay as placeholders (empty body, no author) so their replies keep their place. Paginated. ${SEEN}`,
    tags,
    auth: "required",
    params: forumParams,
    query: ZCommentListQuery,
    data: z.object({ comments: z.array(ZCommentView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { items, pagination } = await listComments(actor, params.discussionId, query);
      return { message: { key: "commentsListed" }, data: { comments: items }, pagination };
    },
  }),
  POST: route({
    summary: "Post a comment to a discussion forum",
    description: `A markdown \`body\` of 1 to 10,000 characters. ${RATE} ${SEEN}`,
    tags,
    auth: "required",
    params: forumParams,
    body: ZCommentInput,
    status: 201,
    data: oneComment,
    errors: [404],
    handler: async ({ actor, params, body }) => ({ status: 201, message: { key: "commentPosted" }, data: { comment: await postComment(actor, params.discussionId, body) } }),
  }),
};

export const commentRoutes = {
  GET: route({
    summary: "Get a comment",
    description: SEEN,
    tags,
    auth: "required",
    params: commentParams,
    data: oneComment,
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "commentRetrieved" }, data: { comment: await getComment(actor, params.discussionId, params.commentId) } }),
  }),
  PATCH: route({
    summary: "Edit your comment",
    description: "Authors only (403 for anyone else, admins included); a deleted comment is 409. The comment is marked `edited`.",
    ...onComment,
    body: ZCommentInput,
    handler: async ({ actor, params, body }) => ({
      message: { key: "commentUpdated" },
      data: { comment: await editComment(actor, params.discussionId, params.commentId, body) },
    }),
  }),
  DELETE: route({
    summary: "Delete a comment",
    description:
      "Its author, or a moderator (admins; the course's teacher in its Q&A forum), which is audited. The comment stays as a placeholder (`deleted`, empty body, no author) and its replies stay; deleting it again is 409.",
    ...onComment,
    handler: async ({ actor, params }) => ({
      message: { key: "commentDeleted" },
      data: { comment: await deleteComment(actor, params.discussionId, params.commentId) },
    }),
  }),
};

export const commentReplyRoutes = {
  POST: route({
    summary: "Reply to a comment",
    description: `A markdown \`body\` as for a comment; a deleted comment takes no replies (409). The comment's author is mailed a link to the thread unless they turned that off (\`notifyOnReply\`). ${RATE}`,
    ...onComment,
    body: ZCommentInput,
    status: 201,
    handler: async ({ actor, params, body }) => ({
      status: 201,
      message: { key: "commentReplied" },
      data: { comment: await replyToComment(actor, params.discussionId, params.commentId, body) },
    }),
  }),
};

const likeRoute = (liked: boolean) =>
  route({
    summary: liked ? "Like a comment" : "Unlike a comment",
    description: `Idempotent: ${liked ? "liking twice counts once" : "unliking a comment not liked changes nothing"}; 200 either way, with the comment's fresh \`likesCount\` and \`likedByMe\`. A deleted comment is 409.`,
    ...onComment,
    handler: async ({ actor, params }) => ({
      message: { key: liked ? "commentLiked" : "commentUnliked" },
      data: { comment: await (liked ? likeComment : unlikeComment)(actor, params.discussionId, params.commentId) },
    }),
  });

export const commentLikeRoutes = { POST: likeRoute(true) };
export const commentUnlikeRoutes = { POST: likeRoute(false) };
