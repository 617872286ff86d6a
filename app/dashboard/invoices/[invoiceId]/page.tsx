// One invoice: what to pay, where, and by when; or that it is paid, expired or cancelled.
// In the local demo (mail outbox on) a "Simulate payment" button plays the bank's callback.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTimeZone } from "next-intl/server";
import { CopyButton } from "@/components/enrol/copy-button";
import { DueCountdown } from "@/components/enrol/due-countdown";
import { RequestInvoiceButton, SimulatePaymentButton } from "@/components/enrol/invoice-actions";
import { InvoiceStatusBadge } from "@/components/enrol/invoice-status-badge";
import { PaymentInstructions } from "@/components/enrol/payment-instructions";
import { formatDateTime, formatPrice } from "@/components/format";
import { ScopedText } from "@/components/i18n/scoped-text";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { getInvoice } from "@/lib/invoices/read-invoices";
import { getT } from "@/lib/i18n/translator";
import { canSimulatePayments } from "@/lib/payments/simulate-payment";
import { requestInvoiceAction, simulatePaymentAction } from "../actions";

type Props = { params: Promise<{ invoiceId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT("Invoices"))("invoiceNumber", { id: (await params).invoiceId }) };
}

export default async function InvoicePage({ params }: Props) {
  const { invoiceId } = await params;
  const actor = await requireSessionActor({ returnTo: `/dashboard/invoices/${invoiceId}` });
  const id = /^\d{1,10}$/.test(invoiceId) ? Number(invoiceId) : null;
  const invoice = id && (await nullOn(getInvoice(actor, actor.id, id), ["NOT_FOUND"]));
  if (!invoice) notFound();
  const [t, locale, timeZone] = await Promise.all([getT("Invoices"), getLocale(), getTimeZone()]);
  const amount = formatPrice(invoice.amountIDR, locale);
  const pending = invoice.status === "Pending";

  return (
    <Container className="space-y-8 py-10">
      <PageHeader
        eyebrow={
          <Link href="/dashboard/invoices" className="text-link">
            {t("backToInvoices")}
          </Link>
        }
        title={t("invoiceTitle", { course: invoice.courseTitle })}
        description={t("invoiceNumber", { id: invoice.id })}
        actions={<InvoiceStatusBadge status={invoice.status} />}
      />
      <ScopedText namespaces={["Enrol"]}>
        {/* Two columns while there is something to pay: the account beside the bank's instructions. */}
        <div className={pending ? "grid gap-6 lg:grid-cols-2" : "max-w-xl"}>
          <div className="space-y-6">
            <Card>
              <CardBody className="space-y-5">
                <div>
                  <p className="text-sm text-slate-600">{t("virtualAccount")}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-3">
                    <span className="font-mono text-2xl font-semibold tracking-wider break-all text-slate-900">{invoice.virtualAccountNumber}</span>
                    {pending && <CopyButton value={invoice.virtualAccountNumber} />}
                  </div>
                </div>
                <dl className="grid grid-cols-2 gap-4 border-t border-slate-100 pt-5 text-sm">
                  <div>
                    <dt className="text-slate-600">{t("bank")}</dt>
                    <dd className="mt-1 font-medium text-slate-900">{invoice.bank}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">{t("amount")}</dt>
                    <dd className="mt-1 text-lg font-semibold text-slate-900">{amount}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">{t("payBefore")}</dt>
                    <dd className="mt-1 font-medium text-slate-900">{formatDateTime(invoice.paymentDueDatetime, locale, timeZone)}</dd>
                  </div>
                  {pending && (
                    <div>
                      <dt className="text-slate-600">{t("timeLeft")}</dt>
                      <dd className="mt-1">
                        <DueCountdown due={invoice.paymentDueDatetime} />
                      </dd>
                    </div>
                  )}
                </dl>
                {invoice.status === "Paid" && (
                  <div className="space-y-3 border-t border-slate-100 pt-5">
                    <p className="text-sm text-slate-700">
                      {t("paidOn", { date: formatDateTime(invoice.paidAt, locale, timeZone) ?? "" })} {t("paidText")}
                    </p>
                    <ButtonLink href={`/learn/${invoice.courseSlug}`}>{t("startLearning")}</ButtonLink>
                  </div>
                )}
                {invoice.status === "Expired" && (
                  <div className="space-y-3 border-t border-slate-100 pt-5">
                    <p className="text-sm text-slate-700">{t("expiredText")}</p>
                    <RequestInvoiceButton enrollmentId={invoice.enrollmentId} request={requestInvoiceAction} />
                  </div>
                )}
                {invoice.status === "Cancelled" && <p className="border-t border-slate-100 pt-5 text-sm text-slate-700">{t("cancelledText")}</p>}
              </CardBody>
            </Card>
            {pending && canSimulatePayments() && (
              <Card className="border-dashed">
                <CardBody className="space-y-3">
                  <h2 className="text-base font-semibold text-slate-900">{t("demoTitle")}</h2>
                  <p className="text-sm text-slate-600">{t("demoText")}</p>
                  <SimulatePaymentButton invoiceId={invoice.id} simulate={simulatePaymentAction} />
                </CardBody>
              </Card>
            )}
          </div>
          {pending && <PaymentInstructions invoice={invoice} amount={amount} />}
        </div>
      </ScopedText>
    </Container>
  );
}
