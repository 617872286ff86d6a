// The CSV export of the admins' invoices list: the same filters and order, amounts in whole
// rupiah, dates as ISO-8601 UTC, headers and statuses in the reader's language.
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { csvFileName, toCsv } from "@/lib/shared/csv";
import { allInvoices } from "./read-invoices";
import type { InvoiceView } from "./views";

export async function invoicesCsv(actor: Actor, input: unknown, locale: Locale, now = new Date()) {
  const invoices = await allInvoices(actor, input);
  const t = translatorFor(locale, "AdminExports");
  const ti = translatorFor(locale, "Invoices");
  const header = [t("id"), t("studentName"), t("studentEmail"), t("course"), t("bank"), t("virtualAccount"), t("amount"), t("status"), t("createdAt"), t("dueAt"), t("paidAt")];
  const row = (i: InvoiceView) => [
    i.id,
    i.student.fullName,
    i.student.email,
    i.courseTitle,
    i.bank,
    i.virtualAccountNumber,
    i.amountIDR,
    ti("statusName", { status: i.status }),
    i.createdAt,
    i.paymentDueDatetime,
    i.paidAt,
  ];
  return { csv: toCsv([header, ...invoices.map(row)]), fileName: csvFileName("invoices", now) };
}
