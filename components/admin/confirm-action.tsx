"use client";
// One row action of the admin console's tables (mark paid, cancel, complete, revoke, delete
// ...): a confirm dialog, the server action, a toast with the outcome, and a refresh. The
// wording comes from the page, the rule from the domain. One small island shared by every
// table keeps the pages' JavaScript small.
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";

export type ConfirmActionLabels = { trigger: string; title: string; description: string; confirm: string; cancel: string; done: string };

type ConfirmActionProps<I> = {
  run: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  labels: ConfirmActionLabels;
  /** danger for what cannot be undone: the dialog's confirm button is red (the trigger stays quiet, a table holds many). */
  tone?: "primary" | "danger";
};

export function ConfirmAction<I>({ run, input, labels, tone = "primary" }: ConfirmActionProps<I>) {
  const router = useRouter();
  const confirm = async () => {
    const result = await run(input);
    toast(result.ok ? labels.done : result.error, result.ok ? "success" : "error");
    router.refresh();
  };
  return (
    <ConfirmDialog
      triggerLabel={labels.trigger}
      triggerVariant="secondary"
      triggerSize="sm"
      tone={tone}
      title={labels.title}
      description={labels.description}
      confirmLabel={labels.confirm}
      cancelLabel={labels.cancel}
      onConfirm={confirm}
    />
  );
}
