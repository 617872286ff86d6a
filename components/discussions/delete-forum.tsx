"use client";
// Deleting a general forum, with its comments, after a confirm; back to the list once gone.
import { useRouter } from "next/navigation";
import type { deleteForumAction } from "@/app/discussions/actions";
import { useClientText } from "@/components/i18n/client-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

export function DeleteForum({ forum, remove }: { forum: { id: number; title: string; commentsCount: number }; remove: typeof deleteForumAction }) {
  const t = useClientText("DiscussionForms");
  const router = useRouter();
  const run = async () => {
    const result = await remove({ discussionId: forum.id });
    if (!result.ok) return toast(result.error, "error");
    toast(t("forumDeleted", { title: forum.title }));
    router.push("/admin/discussions");
  };
  return (
    <ConfirmDialog
      triggerLabel={t("deleteForum")}
      title={t("deleteForumTitle", { title: forum.title })}
      description={t("deleteForumText", { count: forum.commentsCount })}
      confirmLabel={t("deleteForum")}
      cancelLabel={t("cancel")}
      onConfirm={run}
    />
  );
}
