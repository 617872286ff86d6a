import type { Metadata } from "next";
import { getLocale, getTimeZone } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CertificateSheet } from "@/components/certificates/certificate-sheet";
import { CertificateStatus } from "@/components/certificates/certificate-status";
import { PrintButton } from "@/components/certificates/print-button";
import { formatDate } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { qrSvg } from "@/lib/certificates/qr-code";
import { findCertificateByCode } from "@/lib/certificates/verify-certificate";
import { getT } from "@/lib/i18n/translator";
import "./certificate.css";

type Props = { params: Promise<{ code: string }> };

// Public and never cached: a revocation shows on the next visit.
export const dynamic = "force-dynamic";

const findCertificate = cache((code: string) => findCertificateByCode(code));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [certificate, t] = await Promise.all([findCertificate((await params).code), getT("Certificates")]);
  if (!certificate) return { title: t("notFoundTitle") };
  return {
    title: t("pageTitle", { name: certificate.studentName }),
    description: t("pageDescription", { name: certificate.studentName, course: certificate.courseTitle }),
    // The code is shared on purpose, but the page is nobody's business to index.
    robots: { index: false },
  };
}

/** The public certificate: the verdict, the certificate itself, print and PDF. */
export default async function CertificatePage({ params }: Props) {
  const certificate = await findCertificate((await params).code);
  if (!certificate) notFound();
  const [t, locale, timeZone, svg] = await Promise.all([getT("Certificates"), getLocale(), getTimeZone(), qrSvg(certificate.verificationUrl)]);
  const issuedOn = formatDate(certificate.issuedAt, locale, timeZone) ?? "";
  const revokedOn = formatDate(certificate.revokedAt, locale, timeZone);
  return (
    <Container className="certificate-page space-y-6 py-8 sm:py-10">
      <CertificateStatus certificate={certificate} revokedOn={revokedOn} />
      <CertificateSheet certificate={certificate} issuedOn={issuedOn} qrSvg={svg} />
      <nav aria-label={t("actions")} className="flex flex-wrap gap-3 print:hidden">
        <a href={`/certificates/${encodeURIComponent(certificate.code)}/pdf`} className={buttonClasses({ variant: "primary" })} download>
          {t("downloadPdf")}
        </a>
        <PrintButton label={t("print")} />
      </nav>
    </Container>
  );
}
