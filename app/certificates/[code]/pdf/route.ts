// The certificate as a PDF download, made on the server (lib/certificates/certificate-pdf.ts),
// in the reader's language and time zone. Public like the page: the code is the key.
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate } from "@/components/format";
import { certificatePdf } from "@/lib/certificates/certificate-pdf";
import { findCertificateByCode } from "@/lib/certificates/verify-certificate";
import { getT } from "@/lib/i18n/translator";

export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const certificate = await findCertificateByCode((await params).code);
  if (!certificate) {
    const t = await getT("Errors");
    return new Response(t("certificateNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const pdf = await certificatePdf({
    certificate,
    locale,
    issuedOn: formatDate(certificate.issuedAt, locale, timeZone) ?? "",
    revokedOn: formatDate(certificate.revokedAt, locale, timeZone),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="certificate-${certificate.code}.pdf"`,
      "cache-control": "no-store",
    },
  });
}
