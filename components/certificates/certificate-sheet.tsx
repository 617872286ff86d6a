// The certificate itself, as it shows on screen and prints on one A4 landscape sheet
// (app/certificates/[code]/certificate.css): student, course, teacher, date, code and the QR
// code of the public verification address.
import { LogoMark } from "@/components/site/logo";
import { cx } from "@/components/ui/cx";
import type { CertificateVerification } from "@/lib/certificates/views";
import { useT } from "@/lib/i18n/translator";

type Props = { certificate: CertificateVerification; issuedOn: string; qrSvg: string };

function Fact({ label, value, mono, className }: { label: string; value: string; mono?: boolean; className?: string }) {
  return (
    <div className={cx("min-w-0", className)}>
      <dt className="text-xs font-medium tracking-wider text-slate-600 uppercase">{label}</dt>
      <dd className={cx("mt-1 font-semibold break-words text-slate-900", mono ? "font-mono text-sm" : "text-base")}>{value}</dd>
    </div>
  );
}

export function CertificateSheet({ certificate, issuedOn, qrSvg }: Props) {
  const t = useT("Certificates");
  return (
    <article
      aria-labelledby="certificate-heading"
      className="certificate-sheet relative flex flex-col rounded-2xl border-4 border-brand-700 bg-white p-2 shadow-sm sm:aspect-[297/210]"
    >
      <div className="flex flex-1 flex-col rounded-xl border border-brand-200 px-5 py-8 text-center sm:px-12 sm:py-10">
        {certificate.status === "Revoked" && (
          <p className="mx-auto mb-4 rounded-md border-2 border-red-700 px-3 py-1 text-sm font-bold tracking-widest text-red-700 uppercase">{t("revokedTitle")}</p>
        )}
        <p className="flex items-center justify-center gap-2 text-sm font-bold tracking-[0.3em] text-brand-700 uppercase">
          <LogoMark className="size-7" />
          Lumen
        </p>
        <h1 id="certificate-heading" className="mt-4 text-2xl font-semibold tracking-tight text-slate-900 sm:text-4xl">
          {t("heading")}
        </h1>
        <div className="mt-6 sm:my-auto sm:py-6">
          <p className="text-slate-600">{t("certifies")}</p>
          <p className="mt-2 font-serif text-3xl font-semibold break-words text-slate-900 sm:text-5xl" data-testid="certificate-student">
            {certificate.studentName}
          </p>
          <p className="mt-4 text-slate-600">{t("completed")}</p>
          <p className="mt-2 text-xl font-semibold break-words text-brand-700 sm:text-2xl" data-testid="certificate-course">
            {certificate.courseTitle}
          </p>
        </div>
        <div className="mt-8 flex flex-col items-center gap-6 text-left sm:mt-0 sm:flex-row sm:items-end sm:justify-between">
          <dl className="grid w-full gap-4 sm:grid-cols-2 sm:gap-x-10">
            <Fact label={t("teacher")} value={certificate.teacherName} />
            <Fact label={t("issuedOn")} value={issuedOn} />
            <Fact label={t("code")} value={certificate.code} mono className="sm:col-span-2" />
          </dl>
          <figure className="flex shrink-0 flex-col items-center gap-1">
            {/* The SVG is drawn by the qrcode package from our own URL: no user markup. */}
            <div role="img" aria-label={t("qrLabel")} className="size-28 sm:size-32 [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
            <figcaption className="max-w-40 text-center text-[0.65rem] break-all text-slate-600">
              {t("verifyAt")} {certificate.verificationUrl}
            </figcaption>
          </figure>
        </div>
      </div>
    </article>
  );
}
