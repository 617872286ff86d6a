// The frame of the admin console's list pages (enrolments, invoices, certificates): the
// header with the CSV download of the filtered rows, the filter bar, then
// the table, or a notice when the URL asks for a filter that does not exist.
import type { ReactNode } from "react";
import { CsvExportLink } from "@/components/admin/csv-export-link";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar, type ToolbarFilter } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ListIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import type { Pagination } from "@/lib/shared/pagination";

type ListText = {
  title: string;
  description: string;
  exportCsv: string;
  filterLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  emptyTitle: string;
  emptyText: string;
  invalidTitle: string;
  invalidText: string;
  caption: (count: number) => string;
};

type AdminListProps<Row> = {
  path: string;
  searchParams: SearchParams;
  text: ListText;
  /** The query parameters the CSV download carries over (the list's filters and sort). */
  exportParams: readonly string[];
  filters: readonly ToolbarFilter[];
  /** null when the URL asks for a filter, sort or page that does not exist. */
  result: { rows: readonly Row[]; pagination: Pagination } | null;
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => number;
  /** Between the header and the filters, e.g. a form. */
  children?: ReactNode;
};

export function AdminList<Row>({ path, searchParams, text, exportParams, filters, result, columns, rowKey, children }: AdminListProps<Row>) {
  return (
    <Container size="wide" className="space-y-8 py-10">
      <PageHeader
        title={text.title}
        description={text.description}
        actions={<CsvExportLink href={`${path}/export`} searchParams={searchParams} names={exportParams} label={text.exportCsv} />}
      />
      {children}
      <DataTableToolbar pathname={path} searchParams={searchParams} label={text.filterLabel} search={{ label: text.searchLabel, placeholder: text.searchPlaceholder }} filters={filters} />
      {result ? (
        <DataTable
          caption={text.caption(result.pagination.totalRecords)}
          columns={columns}
          rows={result.rows}
          rowKey={rowKey}
          pathname={path}
          searchParams={searchParams}
          pagination={result.pagination}
          empty={<EmptyState icon={<ListIcon className="size-6" />} title={text.emptyTitle} description={text.emptyText} />}
        />
      ) : (
        <EmptyState icon={<AlertIcon className="size-6" />} title={text.invalidTitle} description={text.invalidText} />
      )}
    </Container>
  );
}

/** The texts every list page words the same way, from its own catalog namespace. */
type ListKey = Exclude<keyof ListText, "caption">;

export const listText = (t: (key: ListKey) => string): Omit<ListText, "caption"> => ({
  title: t("title"),
  description: t("description"),
  exportCsv: t("exportCsv"),
  filterLabel: t("filterLabel"),
  searchLabel: t("searchLabel"),
  searchPlaceholder: t("searchPlaceholder"),
  emptyTitle: t("emptyTitle"),
  emptyText: t("emptyText"),
  invalidTitle: t("invalidTitle"),
  invalidText: t("invalidText"),
});
