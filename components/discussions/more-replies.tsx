"use client";
// "Show N more replies": the replies deeper than the thread shows at first, or beyond its
// first page of replies, loaded from the server already rendered. Writes inside them draw
// that loaded page again.
import { type ReactNode, useCallback, useState, useTransition } from "react";
import type { loadRepliesAction } from "@/app/discussions/replies-action";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { ReloadReplies } from "./refresh";

type MoreRepliesProps = {
  discussionId: number;
  parentId: number;
  page: number;
  count: number;
  load: typeof loadRepliesAction;
};

export function MoreReplies({ discussionId, parentId, page, count, load }: MoreRepliesProps) {
  const t = useClientText("DiscussionForms");
  const [loaded, setLoaded] = useState<ReactNode>(null);
  const [pending, start] = useTransition();

  const reload = useCallback(async () => {
    const result = await load({ discussionId, parentId, page });
    if (!result.ok) return void toast(result.error, "error");
    setLoaded(result.data);
  }, [load, discussionId, parentId, page]);

  if (loaded) return <ReloadReplies value={reload}>{loaded}</ReloadReplies>;
  return (
    <Button variant="link" size="sm" pending={pending} onClick={() => start(reload)}>
      {t(count === 1 ? "moreRepliesOne" : "moreReplies", { count })}
    </Button>
  );
}
