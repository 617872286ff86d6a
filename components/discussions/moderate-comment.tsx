"use client";
// The moderation view's delete: the same soft delete as in the thread, after a confirm.
import { useRouter } from "next/navigation";
import type { deleteCommentAction } from "@/app/discussions/actions";
import { useClientText } from "@/components/i18n/client-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

type ModerateCommentProps = { discussionId: number; commentId: number; author: string; remove: typeof deleteCommentAction };

export function ModerateComment({ discussionId, commentId, author, remove }: ModerateCommentProps) {
  const t = useClientText("DiscussionForms");
  const router = useRouter();
  const run = async () => {
    const result = await remove({ discussionId, commentId });
    if (!result.ok) return toast(result.error, "error");
    toast(t("deleted"));
    router.refresh();
  };
  return (
    <ConfirmDialog
      triggerLabel={t("delete")}
      triggerSize="sm"
      title={t("deleteCommentOf", { name: author })}
      description={t("deleteText")}
      confirmLabel={t("deleteConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={run}
    />
  );
}
