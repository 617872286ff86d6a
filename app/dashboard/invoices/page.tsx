// The student's invoices, newest first, each leading to its page.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { InvoiceStatusBadge } from "@/components/enrol/invoice-status-badge";
import { formatDate, formatPrice } from "@/components/format";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ListIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { listInvoices } from "@/lib/invoices/read-invoices";
import type { InvoiceView } from "@/lib/invoices/views";
import { getT } from "@/lib/i18n/translator";

const PATH = "/dashboard/invoices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Invoices"))("title") };
}

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ returnTo: PATH });
  const [params, t, locale, timeZone] = await Promise.all([searchParams, getT("Invoices"), getLocale(), getTimeZone()]);
  const result = (await nullOn(listInvoices(actor, actor.id, { page: params.page }), ["BAD_REQUEST"])) ?? (await listInvoices(actor, actor.id, {}));

  const columns: Column<InvoiceView>[] = [
    {
      key: "course",
      header: t("course"),
      cell: (invoice) => (
        <Link href={`${PATH}/${invoice.id}`} className="text-link font-medium">
          {invoice.courseTitle}
        </Link>
      ),
    },
    { key: "amount", header: t("amount"), cell: (invoice) => formatPrice(invoice.amountIDR, locale), className: "text-right tabular-nums" },
    { key: "status", header: t("status"), cell: (invoice) => <InvoiceStatusBadge status={invoice.status} /> },
    { key: "due", header: t("due"), cell: (invoice) => formatDate(invoice.paymentDueDatetime, locale, timeZone), className: "hidden sm:table-cell" },
    { key: "bank", header: t("bank"), cell: (invoice) => invoice.bank, className: "hidden md:table-cell" },
  ];

  return (
    <Container className="space-y-8 py-10">
      <PageHeader
        eyebrow={
          <Link href="/dashboard" className="text-link">
            {t("backToDashboard")}
          </Link>
        }
        title={t("title")}
        description={t("description")}
      />
      <DataTable
        caption={t("caption", { count: result.pagination.totalRecords })}
        columns={columns}
        rows={result.invoices}
        rowKey={(invoice) => invoice.id}
        pathname={PATH}
        searchParams={params}
        pagination={result.pagination}
        empty={
          <EmptyState
            icon={<ListIcon className="size-6" />}
            title={t("emptyTitle")}
            description={t("emptyText")}
            action={<ButtonLink href="/courses">{t("browse")}</ButtonLink>}
          />
        }
      />
    </Container>
  );
}
