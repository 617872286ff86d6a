// The server actions a comment's controls use, in one object the thread hands down.
import { deleteCommentAction, editCommentAction, replyAction, setLikeAction } from "@/app/discussions/actions";
import { loadRepliesAction } from "@/app/discussions/replies-action";
import type { CommentActions } from "./comment-controls";

export const commentActions: CommentActions = { reply: replyAction, edit: editCommentAction, remove: deleteCommentAction, setLike: setLikeAction };
export const loadReplies = loadRepliesAction;
