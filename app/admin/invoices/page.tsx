// The admins' invoices: every invoice, filtered by status and course or searched, with "Mark
// as paid" (a payment that reached the platform another way) and "Cancel" for pending ones,
// and the CSV download of the filtered rows.
import type { Metadata } from "next";
import { getLocale, getTimeZone } from "next-intl/server";
import { InvoiceStatusBadge } from "@/components/enrol/invoice-status-badge";
import { AdminList, listText } from "@/components/admin/admin-list";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { courseColumn, RowActions, StudentCell } from "@/components/admin/list-cells";
import { formatDate, formatPrice } from "@/components/format";
import type { Column } from "@/components/ui/data-table";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listCourseOptions } from "@/lib/courses/course-options";
import { nullOn } from "@/lib/errors";
import { listAllInvoices } from "@/lib/invoices/read-invoices";
import type { InvoiceView } from "@/lib/invoices/views";
import { getT } from "@/lib/i18n/translator";
import { invoiceStatusLabels } from "@/lib/shared/labels";
import { cancelInvoiceAction, markInvoicePaidAction } from "./actions";

const PATH = "/admin/invoices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminInvoices"))("title") };
}

export default async function AdminInvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const [params, t, ti, locale, timeZone] = await Promise.all([searchParams, getT("AdminInvoices"), getT("Invoices"), getLocale(), getTimeZone()]);
  const [result, courses] = await Promise.all([nullOn(listAllInvoices(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]), listCourseOptions(actor)]);

  const columns: Column<InvoiceView>[] = [
    { key: "id", header: "#", cell: (invoice) => invoice.id, className: "hidden tabular-nums sm:table-cell" },
    {
      key: "student",
      header: t("student"),
      cell: (invoice) => (
        <StudentCell
          name={invoice.student.fullName}
          email={invoice.student.email}
          phone={
            <>
              {invoice.courseTitle}
              <span className="text-sm text-slate-900 tabular-nums">{formatPrice(invoice.amountIDR, locale)}</span>
              <InvoiceStatusBadge status={invoice.status} />
            </>
          }
        />
      ),
    },
    courseColumn(ti("course"), (invoice) => ({ title: invoice.courseTitle, slug: invoice.courseSlug })),
    { key: "va", header: ti("virtualAccount"), cell: (invoice) => <span className="font-mono text-xs">{`${invoice.bank} ${invoice.virtualAccountNumber}`}</span>, className: "hidden lg:table-cell" },
    { key: "amount", header: ti("amount"), cell: (invoice) => formatPrice(invoice.amountIDR, locale), className: "hidden text-right tabular-nums sm:table-cell" },
    { key: "due", header: ti("due"), cell: (invoice) => formatDate(invoice.paymentDueDatetime, locale, timeZone), className: "hidden sm:table-cell" },
    { key: "status", header: ti("status"), cell: (invoice) => <InvoiceStatusBadge status={invoice.status} />, className: "hidden sm:table-cell" },
    {
      key: "actions",
      header: <span className="sr-only">{t("actions")}</span>,
      cell: (invoice) =>
        invoice.status === "Pending" && (
          <RowActions>
            <ConfirmAction
              run={markInvoicePaidAction}
              input={{ userId: invoice.userId, invoiceId: invoice.id }}
              labels={{
                trigger: t("markPaid"),
                title: t("markPaidTitle", { id: invoice.id }),
                description: t("markPaidText", { student: invoice.student.fullName, course: invoice.courseTitle }),
                confirm: t("markPaidConfirm"),
                cancel: t("cancel"),
                done: t("markedPaid", { id: invoice.id }),
              }}
            />
            <ConfirmAction
              run={cancelInvoiceAction}
              input={{ userId: invoice.userId, invoiceId: invoice.id }}
              tone="danger"
              labels={{
                trigger: t("cancelInvoice"),
                title: t("cancelTitle", { id: invoice.id }),
                description: t("cancelText", { student: invoice.student.fullName, course: invoice.courseTitle }),
                confirm: t("cancelConfirm"),
                cancel: t("keepInvoice"),
                done: t("cancelled", { id: invoice.id }),
              }}
            />
          </RowActions>
        ),
      className: "text-right",
    },
  ];

  const statusOptions = invoiceStatusLabels.labels.map((label) => ({ value: label, label: ti("statusName", { status: label }) }));

  const filters = [
    { name: "status", label: t("statusFilter"), options: statusOptions, anyLabel: t("allStatuses") },
    { name: "courseId", label: t("courseFilter"), options: courses.map((c) => ({ value: String(c.id), label: c.title })), anyLabel: t("allCourses") },
  ];

  return (
    <AdminList
      path={PATH}
      searchParams={params}
      text={{ ...listText(t), caption: (count) => t("caption", { count }) }}
      exportParams={["q", "status", "courseId", "studentId"]}
      filters={filters}
      result={result && { rows: result.invoices, pagination: result.pagination }}
      columns={columns}
      rowKey={(row) => row.id}
    />
  );
}
