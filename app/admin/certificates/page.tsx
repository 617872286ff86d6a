// The admins' certificates: every certificate, filtered by course, student and status, with
// revoke / reinstate / delete (each audited by the domain), a link to each one's public
// verification page, the "Issue certificate" form and the CSV download of the filtered rows.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { AdminList, listText } from "@/components/admin/admin-list";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { courseColumn, RowActions, StudentCell } from "@/components/admin/list-cells";
import { IssueCertificateForm } from "@/components/admin/issue-certificate-form";
import { formatDate } from "@/components/format";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Column } from "@/components/ui/data-table";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listAllCertificates } from "@/lib/certificates/list-all-certificates";
import type { AdminCertificateView } from "@/lib/certificates/views";
import { listCourseOptions } from "@/lib/courses/course-options";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { deleteCertificateAction, issueCertificateAction, setCertificateRevokedAction } from "./actions";

const PATH = "/admin/certificates";

const CertificateStatus = ({ revoked, label }: { revoked: boolean; label: string }) => <Badge tone={revoked ? "danger" : "success"}>{label}</Badge>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminCertificates"))("title") };
}

export default async function AdminCertificatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const [params, t, locale, timeZone] = await Promise.all([searchParams, getT("AdminCertificates"), getLocale(), getTimeZone()]);
  const [result, courses] = await Promise.all([nullOn(listAllCertificates(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]), listCourseOptions(actor)]);
  const courseOptions = courses.map((c) => ({ value: String(c.id), label: c.title }));

  const rowActions = (c: AdminCertificateView) => {
    const ref = { userId: c.userId, certificateId: c.id };
    const names = { student: c.studentName, course: c.courseTitle, code: c.code };
    const revoke = c.revokedAt === null;
    return (
      <RowActions>
        <ConfirmAction
          run={setCertificateRevokedAction}
          input={{ ...ref, revoked: revoke }}
          tone={revoke ? "danger" : "primary"}
          labels={
            revoke
              ? { trigger: t("revoke"), title: t("revokeTitle"), description: t("revokeText", names), confirm: t("revoke"), cancel: t("keep"), done: t("revoked", names) }
              : { trigger: t("reinstate"), title: t("reinstateTitle"), description: t("reinstateText", names), confirm: t("reinstate"), cancel: t("keep"), done: t("reinstated", names) }
          }
        />
        <ConfirmAction
          run={deleteCertificateAction}
          input={ref}
          tone="danger"
          labels={{ trigger: t("delete"), title: t("deleteTitle"), description: t("deleteText", names), confirm: t("delete"), cancel: t("keep"), done: t("deleted", names) }}
        />
      </RowActions>
    );
  };

  const columns: Column<AdminCertificateView>[] = [
    {
      key: "student",
      header: t("student"),
      cell: (c) => (
        <StudentCell
          name={c.studentName}
          email={c.studentEmail}
          phone={
            <>
              {c.courseTitle}
              <CertificateStatus revoked={c.revokedAt !== null} label={t("statusName", { status: c.revokedAt ? "revoked" : "valid" })} />
            </>
          }
        />
      ),
    },
    courseColumn(t("course"), (c) => ({ title: c.courseTitle, slug: c.courseSlug })),
    {
      key: "code",
      header: t("code"),
      cell: (c) => (
        <Link href={`/certificates/${c.code}`} className="text-link font-mono text-xs" aria-label={t("verifyLabel", { code: c.code })}>
          {c.code.slice(0, 12)}…
        </Link>
      ),
      className: "hidden lg:table-cell",
    },
    {
      key: "status",
      header: t("status"),
      cell: (c) => <CertificateStatus revoked={c.revokedAt !== null} label={t("statusName", { status: c.revokedAt ? "revoked" : "valid" })} />,
      className: "hidden sm:table-cell",
    },
    { key: "issued", header: t("issuedAt"), cell: (c) => formatDate(c.issuedAt, locale, timeZone), className: "hidden whitespace-nowrap sm:table-cell" },
    { key: "actions", header: <span className="sr-only">{t("actions")}</span>, cell: rowActions, className: "text-right" },
  ];

  const statusOptions = (["valid", "revoked"] as const).map((status) => ({ value: status, label: t("statusName", { status }) }));

  const filters = [
    { name: "status", label: t("statusFilter"), options: statusOptions, anyLabel: t("allStatuses") },
    { name: "courseId", label: t("courseFilter"), options: courseOptions, anyLabel: t("allCourses") },
  ];

  return (
    <AdminList
      path={PATH}
      searchParams={params}
      text={{ ...listText(t), caption: (count) => t("caption", { count }) }}
      exportParams={["q", "status", "courseId", "studentId", "sort"]}
      filters={filters}
      result={result && { rows: result.certificates, pagination: result.pagination }}
      columns={columns}
      rowKey={(row) => row.id}
    >
      <ScopedText namespaces={["AdminCertificatesForm"]}>
        <Card className="max-w-3xl">
          <CardHeader title={t("issueTitle")} description={t("issueText")} />
          <CardBody>
            <IssueCertificateForm courses={courseOptions} issue={issueCertificateAction} />
          </CardBody>
        </Card>
      </ScopedText>
    </AdminList>
  );
}
