"use client";
// "Mark as paid" behind a confirm dialog, for admins. The wording comes from the page (the
// admin console's catalog), the rule from lib/invoices.
import { useRouter } from "next/navigation";
import type { markInvoicePaidAction } from "@/app/admin/invoices/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

type Labels = { trigger: string; title: string; description: string; confirm: string; cancel: string; done: string };

export function MarkPaidButton({ userId, invoiceId, labels, markPaid }: { userId: number; invoiceId: number; labels: Labels; markPaid: typeof markInvoicePaidAction }) {
  const router = useRouter();
  const run = async () => {
    const result = await markPaid({ userId, invoiceId });
    toast(result.ok ? labels.done : result.error, result.ok ? "success" : "error");
    router.refresh();
  };
  return (
    <ConfirmDialog
      triggerLabel={labels.trigger}
      triggerVariant="secondary"
      triggerSize="sm"
      tone="primary"
      title={labels.title}
      description={labels.description}
      confirmLabel={labels.confirm}
      cancelLabel={labels.cancel}
      onConfirm={run}
    />
  );
}
