// The verification verdict above a certificate: valid, or revoked (with the date). It is not
// printed: the sheet must fit one page, and a revoked sheet carries its own "Revoked" mark.
import { cx } from "@/components/ui/cx";
import { AlertIcon, CheckCircleIcon } from "@/components/ui/icons";
import type { CertificateVerification } from "@/lib/certificates/views";
import { useT } from "@/lib/i18n/translator";

export function CertificateStatus({ certificate, revokedOn }: { certificate: CertificateVerification; revokedOn: string | null }) {
  const t = useT("Certificates");
  const valid = certificate.status === "Valid";
  return (
    <section
      aria-label={valid ? t("validTitle") : t("revokedTitle")}
      data-testid="certificate-status"
      className={cx(
        "flex items-start gap-3 rounded-xl border px-4 py-3 print:hidden",
        valid ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-red-200 bg-red-50 text-red-800",
      )}
    >
      {valid ? <CheckCircleIcon className="mt-0.5 size-5 shrink-0" /> : <AlertIcon className="mt-0.5 size-5 shrink-0" />}
      <div>
        <p className="text-base font-semibold">{valid ? t("validTitle") : t("revokedTitle")}</p>
        <p className="text-sm">{valid ? t("validText") : t("revokedText", { date: revokedOn ?? "" })}</p>
      </div>
    </section>
  );
}
