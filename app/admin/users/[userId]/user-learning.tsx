// A user's enrolments (course, status, progress) and certificates on their admin page.
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate, formatPercent } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { getT } from "@/lib/i18n/translator";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import type { getAdminUserProfile } from "@/lib/users/admin-profile";
import { shownOf } from "../shown-of";

type Profile = Awaited<ReturnType<typeof getAdminUserProfile>>;

/** The page lists this many certificates, newest first. */
const CERTIFICATES_SHOWN = 50;

/** The enum key of a status label ("In Progress" → IN_PROGRESS), as the catalog's select reads it. */
const statusKey = (label: string) => enrollmentStatusLabels.keys.find((key) => enrollmentStatusLabels.label(key) === label) ?? label;

const Empty = ({ text }: { text: string }) => (
  <CardBody>
    <p className="text-sm text-slate-600">{text}</p>
  </CardBody>
);

export async function UserLearning({ actor, profile }: { actor: Actor; profile: Profile }) {
  const [t, locale, timeZone, { certificates, pagination }] = await Promise.all([
    getT("AdminUsers"),
    getLocale(),
    getTimeZone(),
    listCertificates(actor, profile.user.id, { limit: CERTIFICATES_SHOWN }),
  ]);
  const { enrollments, enrollmentsTotal } = profile;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader title={t("enrollmentsTitle")} description={shownOf(t, enrollmentsTotal, enrollments.length)} />
        {enrollments.length ? (
          <Table>
            <caption className="sr-only">{t("enrollmentsTitle")}</caption>
            <THead>
              <TR>
                <TH>{t("course")}</TH>
                <TH>{t("enrollmentStatus")}</TH>
                <TH className="text-right">{t("progress")}</TH>
                <TH className="hidden sm:table-cell">{t("enrolledAt")}</TH>
              </TR>
            </THead>
            <TBody>
              {enrollments.map((enrollment) => (
                <TR key={enrollment.id}>
                  <TD className="font-medium text-slate-900">{enrollment.courseTitle}</TD>
                  <TD>
                    <Badge>{t("enrollmentStatusName", { status: statusKey(enrollment.status) })}</Badge>
                  </TD>
                  <TD className="text-right tabular-nums">{formatPercent(enrollment.progressPercentage / 100, locale)}</TD>
                  <TD className="hidden whitespace-nowrap sm:table-cell">{formatDate(enrollment.enrolledAt, locale, timeZone)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        ) : (
          <Empty text={t("enrollmentsEmpty")} />
        )}
      </Card>
      <Card>
        <CardHeader title={t("certificatesTitle")} description={shownOf(t, pagination.totalRecords, certificates.length)} />
        {certificates.length ? (
          <Table>
            <caption className="sr-only">{t("certificatesTitle")}</caption>
            <THead>
              <TR>
                <TH>{t("course")}</TH>
                <TH>{t("certificateCode")}</TH>
                <TH className="hidden sm:table-cell">{t("issuedAt")}</TH>
              </TR>
            </THead>
            <TBody>
              {certificates.map((certificate) => (
                <TR key={certificate.id}>
                  <TD className="font-medium text-slate-900">{certificate.courseTitle}</TD>
                  <TD>
                    <a href={certificate.verificationUrl} className="text-link font-mono text-xs">
                      {certificate.code}
                    </a>
                    {certificate.revokedAt && (
                      <Badge tone="danger" className="ml-2">
                        {t("revoked")}
                      </Badge>
                    )}
                  </TD>
                  <TD className="hidden whitespace-nowrap sm:table-cell">{formatDate(certificate.issuedAt, locale, timeZone)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        ) : (
          <Empty text={t("certificatesEmpty")} />
        )}
      </Card>
    </div>
  );
}
