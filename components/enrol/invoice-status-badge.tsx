// An invoice's status as a badge, in the reader's language.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useT } from "@/lib/i18n/translator";

const tones: Record<string, BadgeTone> = { Pending: "warning", Paid: "success", Expired: "danger", Cancelled: "neutral" };

export function InvoiceStatusBadge({ status }: { status: string }) {
  const t = useT("Invoices");
  return <Badge tone={tones[status] ?? "neutral"}>{t("statusName", { status })}</Badge>;
}
