// The CSV export of the admins' certificates list: the same filters and order, dates as
// ISO-8601 UTC, headers and statuses in the reader's language.
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { csvFileName, toCsv } from "@/lib/shared/csv";
import { allCertificates } from "./list-all-certificates";
import type { AdminCertificateView } from "./views";

export async function certificatesCsv(actor: Actor, input: unknown, locale: Locale, now = new Date()) {
  const certificates = await allCertificates(actor, input);
  const t = translatorFor(locale, "AdminExports");
  const header = [t("id"), t("code"), t("studentName"), t("studentEmail"), t("course"), t("status"), t("issuedAt"), t("revokedAt"), t("verificationUrl")];
  const row = (c: AdminCertificateView) => [
    c.id,
    c.code,
    c.studentName,
    c.studentEmail,
    c.courseTitle,
    t("certificateStatus", { status: c.revokedAt ? "revoked" : "valid" }),
    c.issuedAt,
    c.revokedAt,
    c.verificationUrl,
  ];
  return { csv: toCsv([header, ...certificates.map(row)]), fileName: csvFileName("certificates", now) };
}
