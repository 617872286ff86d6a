// How to pay a virtual account at the invoice's bank: at an ATM and in the bank's app. The
// menu paths are each bank's own (worded in both languages in the catalog).
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { InvoiceView } from "@/lib/invoices/views";
import { useT } from "@/lib/i18n/translator";

const apps: Record<string, string> = { BCA: "BCA mobile", BNI: "BNI Mobile Banking", BRI: "BRImo", Mandiri: "Livin' by Mandiri" };
type Bank = "BCA" | "BNI" | "BRI" | "Mandiri";

export function PaymentInstructions({ invoice, amount }: { invoice: InvoiceView; amount: string }) {
  const t = useT("Invoices");
  const bank = (invoice.bank in apps ? invoice.bank : "BCA") as Bank;
  const number = invoice.virtualAccountNumber;
  const steps = {
    atm: [t("stepAtm1"), t("stepAtm2", { menu: t(`menuAtm${bank}`) }), t("stepAtm3", { number }), t("stepAtm4", { amount })],
    mobile: [t("stepMobile1", { app: apps[bank]! }), t("stepMobile2", { menu: t(`menuMobile${bank}`) }), t("stepMobile3", { number, amount })],
  };
  return (
    <Card>
      <CardHeader title={t("howToPay", { bank: invoice.bank })} />
      <CardBody className="space-y-6 text-sm text-slate-700">
        {(["atm", "mobile"] as const).map((channel) => (
          <section key={channel} aria-labelledby={`pay-${channel}`}>
            <h3 id={`pay-${channel}`} className="font-medium text-slate-900">
              {t(channel)}
            </h3>
            <ol className="mt-2 list-decimal space-y-1.5 pl-5">
              {steps[channel].map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        ))}
        <p className="text-slate-600">{t("stepDone")}</p>
      </CardBody>
    </Card>
  );
}
