"use client";
// What a reader does with one comment: like it (the count changes at once and goes back if
// the server refuses), reply in a composer under it, edit it in place, delete it after a
// confirm. The body arrives rendered from the server; an edit shows the raw markdown.
import { type ReactNode, useRef, useState, useTransition } from "react";
import type { deleteCommentAction, editCommentAction, replyAction, setLikeAction } from "@/app/discussions/actions";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { CommentComposer } from "./comment-composer";
import { useRefreshThread } from "./refresh";

export type CommentActions = {
  reply: typeof replyAction;
  edit: typeof editCommentAction;
  remove: typeof deleteCommentAction;
  setLike: typeof setLikeAction;
};

type CommentControlsProps = {
  discussionId: number;
  comment: { id: number; body: string; likesCount: number; likedByMe: boolean; canEdit: boolean; canDelete: boolean; deleted: boolean };
  actions: CommentActions;
  /** The rendered body, or the placeholder of a deleted comment. */
  children: ReactNode;
};

function LikeButton({ discussionId, comment, setLike }: Pick<CommentControlsProps, "discussionId" | "comment"> & { setLike: CommentActions["setLike"] }) {
  const t = useClientText("DiscussionForms");
  const [like, setState] = useState({ liked: comment.likedByMe, count: comment.likesCount });
  // Each click shows its outcome at once; the requests go one after another, in click order,
  // and once the last has answered the button shows what the server counted. A refused one
  // puts back the last count the server confirmed.
  const shown = useRef(like);
  const confirmed = useRef(like);
  const queue = useRef(Promise.resolve());
  const waiting = useRef(0);
  const show = (state: typeof like) => {
    shown.current = state;
    setState(state);
  };

  const toggle = () => {
    const before = shown.current;
    const next = { liked: !before.liked, count: before.count + (before.liked ? -1 : 1) };
    show(next);
    waiting.current++;
    queue.current = queue.current.then(async () => {
      const result = await setLike({ discussionId, commentId: comment.id, liked: next.liked });
      waiting.current--;
      if (!result.ok) {
        toast(result.error, "error");
        return show(confirmed.current);
      }
      confirmed.current = { liked: result.data.likedByMe, count: result.data.likesCount };
      if (waiting.current === 0) show(confirmed.current);
    });
  };

  return (
    <span className="inline-flex items-center gap-1.5">
      <Button variant={like.liked ? "secondary" : "ghost"} size="sm" aria-pressed={like.liked} onClick={toggle}>
        {t("like")}
      </Button>
      <span className="text-sm text-slate-600 tabular-nums" aria-live="polite">
        {t(like.count === 1 ? "likesOne" : "likes", { count: like.count })}
      </span>
    </span>
  );
}

export function CommentControls({ discussionId, comment, actions, children }: CommentControlsProps) {
  const t = useClientText("DiscussionForms");
  const refresh = useRefreshThread();
  const [mode, setMode] = useState<"read" | "edit" | "reply">("read");
  const [refreshing, start] = useTransition();
  const ref = { discussionId, commentId: comment.id };
  const saved = (message: string) => {
    toast(message);
    start(async () => {
      await refresh();
      setMode("read");
    });
  };

  const remove = async () => {
    const result = await actions.remove(ref);
    if (!result.ok) return toast(result.error, "error");
    toast(t("deleted"));
    start(() => refresh());
  };

  return (
    <div className="space-y-3">
      {mode === "edit" ? (
        <CommentComposer
          id={`edit-${comment.id}`}
          label={t("editLabel")}
          submitLabel={t("save")}
          initial={comment.body}
          refreshing={refreshing}
          send={(values) => actions.edit({ ...ref, values })}
          onSaved={() => saved(t("saved"))}
          onCancel={() => setMode("read")}
        />
      ) : (
        children
      )}
      {!comment.deleted && mode !== "edit" && (
        <div className="flex flex-wrap items-center gap-1">
          <LikeButton discussionId={discussionId} comment={comment} setLike={actions.setLike} />
          <Button variant="ghost" size="sm" aria-expanded={mode === "reply"} onClick={() => setMode(mode === "reply" ? "read" : "reply")}>
            {t("reply")}
          </Button>
          {comment.canEdit && (
            <Button variant="ghost" size="sm" onClick={() => setMode("edit")}>
              {t("edit")}
            </Button>
          )}
          {comment.canDelete && (
            <ConfirmDialog
              triggerLabel={t("delete")}
              triggerVariant="ghost"
              triggerSize="sm"
              title={t("deleteTitle")}
              description={t("deleteText")}
              confirmLabel={t("deleteConfirm")}
              cancelLabel={t("cancel")}
              onConfirm={remove}
            />
          )}
        </div>
      )}
      {mode === "reply" && (
        <CommentComposer
          id={`reply-${comment.id}`}
          label={t("replyLabel")}
          submitLabel={t("sendReply")}
          refreshing={refreshing}
          send={(values) => actions.reply({ ...ref, values })}
          onSaved={() => saved(t("replied"))}
          onCancel={() => setMode("read")}
        />
      )}
    </div>
  );
}
