"use server";
// Server actions of the discussion pages: thin adapters over lib/discussions. Writes refresh
// the pages that show the forum (its page, the list with its counts, the moderation view).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { likeComment, unlikeComment } from "@/lib/discussions/like-comment";
import { createDiscussion, deleteDiscussion, updateDiscussion } from "@/lib/discussions/manage-discussions";
import { deleteComment, editComment, postComment, replyToComment } from "@/lib/discussions/write-comments";

type CommentRef = { discussionId: number; commentId: number };

const refreshForum = (discussionId?: number) => {
  revalidatePath("/discussions", "layout");
  revalidatePath("/admin/discussions", "layout");
  if (discussionId) revalidatePath(`/discussions/${discussionId}`, "layout");
};

export const createForumAction = action(
  async (actor, input: unknown) => {
    const forum = await createDiscussion(actor, input);
    refreshForum();
    return forum;
  },
  { auth: "required" },
);

export const updateForumAction = action(
  async (actor, { discussionId, values }: { discussionId: number; values: unknown }) => {
    const forum = await updateDiscussion(actor, discussionId, values);
    refreshForum(discussionId);
    return forum;
  },
  { auth: "required" },
);

export const deleteForumAction = action(
  async (actor, { discussionId }: { discussionId: number }) => {
    await deleteDiscussion(actor, discussionId);
    refreshForum();
  },
  { auth: "required" },
);

export const postCommentAction = action(
  async (actor, { discussionId, values }: { discussionId: number; values: unknown }) => {
    const comment = await postComment(actor, discussionId, values);
    refreshForum(discussionId);
    return comment;
  },
  { auth: "required" },
);

export const replyAction = action(
  async (actor, { discussionId, commentId, values }: CommentRef & { values: unknown }) => {
    const comment = await replyToComment(actor, discussionId, commentId, values);
    refreshForum(discussionId);
    return comment;
  },
  { auth: "required" },
);

export const editCommentAction = action(
  async (actor, { discussionId, commentId, values }: CommentRef & { values: unknown }) => {
    const comment = await editComment(actor, discussionId, commentId, values);
    refreshForum(discussionId);
    return comment;
  },
  { auth: "required" },
);

export const deleteCommentAction = action(
  async (actor, { discussionId, commentId }: CommentRef) => {
    const comment = await deleteComment(actor, discussionId, commentId);
    refreshForum(discussionId);
    return comment;
  },
  { auth: "required" },
);

/** Likes are not worth a page refresh: the button shows the count the server answers with. */
export const setLikeAction = action(
  async (actor, { discussionId, commentId, liked }: CommentRef & { liked: boolean }) => {
    const comment = await (liked ? likeComment : unlikeComment)(actor, discussionId, commentId);
    return { likesCount: comment.likesCount, likedByMe: comment.likedByMe };
  },
  { auth: "required" },
);
