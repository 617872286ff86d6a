"use client";
// "Mark as complete" under a lesson, video, link or file; "Completed" once it is. The page
// refreshes afterwards, so the outline's tick and the progress bar follow.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { CheckCircleIcon } from "@/components/ui/icons";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";

type MarkCompleteProps = { completed: boolean; markComplete: () => Promise<ActionResult<unknown>> };

export function MarkComplete({ completed, markComplete }: MarkCompleteProps) {
  const t = useClientText("LearnForms");
  const router = useRouter();
  const [done, setDone] = useState(completed);
  const [pending, startTransition] = useTransition();
  if (done) {
    return (
      <p role="status" className="inline-flex items-center gap-2 rounded-lg bg-emerald-50 px-4 py-2.5 font-semibold text-emerald-800">
        <CheckCircleIcon className="size-5" />
        {t("completed")}
      </p>
    );
  }
  const run = () =>
    startTransition(async () => {
      const result = await markComplete();
      if (!result.ok) return toast(result.error, "error");
      setDone(true);
      toast(t("markedComplete"));
      router.refresh();
    });
  return (
    <Button onClick={run} pending={pending}>
      {t("markComplete")}
    </Button>
  );
}
