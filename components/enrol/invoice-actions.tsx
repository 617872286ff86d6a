"use client";
// The invoice page's buttons: asking for a new invoice after one expired, and — in the
// local demo only — paying through a signed callback, as the bank would.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { requestInvoiceAction, simulatePaymentAction } from "@/app/dashboard/invoices/actions";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";

type ActionButtonProps = { run: () => Promise<ActionResult<{ href: string }>>; label: string; done: string; variant?: "primary" | "secondary" };

/** Runs the action, then goes where it says (or shows why not). */
function ActionButton({ run, label, done, variant }: ActionButtonProps) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const click = () =>
    start(async () => {
      const result = await run();
      if (!result.ok) {
        toast(result.error, "error");
        router.refresh();
        return;
      }
      toast(done);
      router.push(result.data.href);
    });
  return (
    <Button variant={variant} pending={pending} onClick={click}>
      {label}
    </Button>
  );
}

export function RequestInvoiceButton({ enrollmentId, request }: { enrollmentId: number; request: typeof requestInvoiceAction }) {
  const t = useClientText("Enrol");
  return <ActionButton run={() => request({ enrollmentId })} label={t("requestInvoice")} done={t("invoiceRequested")} />;
}

export function SimulatePaymentButton({ invoiceId, simulate }: { invoiceId: number; simulate: typeof simulatePaymentAction }) {
  const t = useClientText("Enrol");
  return <ActionButton run={() => simulate({ invoiceId })} label={t("simulate")} done={t("simulated")} variant="secondary" />;
}
