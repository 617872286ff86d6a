// One certificate in the student's list: course, date, the certificate's page and its PDF.
import Link from "next/link";
import { formatDate } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CertificateView } from "@/lib/certificates/views";
import type { Locale } from "@/lib/i18n/locales";
import { useT } from "@/lib/i18n/translator";

type Props = { certificate: CertificateView; locale: Locale; timeZone: string };

export function CertificateCard({ certificate, locale, timeZone }: Props) {
  const t = useT("Certificates");
  const href = `/certificates/${encodeURIComponent(certificate.code)}`;
  return (
    <li>
      <Card className="flex h-full flex-col gap-3 p-5" data-testid="certificate-card">
        <h2 className="text-base font-semibold text-slate-900">{certificate.courseTitle}</h2>
        <p className="text-sm text-slate-600">{t("issuedOnDate", { date: formatDate(certificate.issuedAt, locale, timeZone) ?? "" })}</p>
        <p className="font-mono text-xs break-all text-slate-600">{certificate.code}</p>
        {certificate.revokedAt && (
          <Badge tone="danger" className="self-start">
            {t("revokedTitle")}
          </Badge>
        )}
        <div className="mt-auto flex flex-wrap gap-2 pt-2">
          <Link href={href} className={buttonClasses({ size: "sm" })}>
            {t("view")}
            <span className="sr-only"> · {certificate.courseTitle}</span>
          </Link>
          <a href={`${href}/pdf`} className={buttonClasses({ size: "sm", variant: "secondary" })} download>
            {t("downloadPdf")}
            <span className="sr-only"> · {certificate.courseTitle}</span>
          </a>
        </div>
      </Card>
    </li>
  );
}
