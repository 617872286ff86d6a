"use client";
// The composer of a new top-level post; the thread is drawn again with it once saved.
import { useTransition } from "react";
import type { postCommentAction } from "@/app/discussions/actions";
import { useClientText } from "@/components/i18n/client-text";
import { toast } from "@/components/ui/toast";
import { CommentComposer } from "./comment-composer";
import { useRefreshThread } from "./refresh";

export function NewPost({ discussionId, post }: { discussionId: number; post: typeof postCommentAction }) {
  const t = useClientText("DiscussionForms");
  const refresh = useRefreshThread();
  const [refreshing, start] = useTransition();
  return (
    <CommentComposer
      id="new-post"
      label={t("newPost")}
      submitLabel={t("post")}
      rows={5}
      refreshing={refreshing}
      send={(values) => post({ discussionId, values })}
      onSaved={() => {
        toast(t("posted"));
        start(() => refresh());
      }}
    />
  );
}
