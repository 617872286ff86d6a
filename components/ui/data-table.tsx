// A server-driven table: the URL holds the sort, the page and the filters, so every view
// has its own address and works without JavaScript. Column headers that sort are links
// (the current order is announced through aria-sort); paging is Pagination's.
import Link from "next/link";
import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/translator";
import { cx } from "./cx";
import { ChevronDownIcon } from "./icons";
import { Pagination, pageHref, type SearchParams } from "./pagination";
import { Table, TBody, TD, TH, THead, TR } from "./table";

export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The values of the sort parameter that order by this column; the first click asks for asc. */
  sort?: { asc?: string; desc?: string };
  className?: string;
};

type DataTableProps<Row> = {
  /** Names the table for screen readers (a visually hidden caption). */
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** The page's path and its current search params: links keep the other params. */
  pathname: string;
  searchParams: SearchParams;
  /** The sort in force when the URL names none. */
  defaultSort?: string;
  sortParam?: string;
  pagination?: { currentPage: number; totalPages: number };
  /** Shown in place of the table when there are no rows (an EmptyState). */
  empty: ReactNode;
};

type SortState = { direction?: "ascending" | "descending"; next: string; nextIsAscending: boolean };

function sortState(sort: NonNullable<Column<unknown>["sort"]>, current: string | undefined): SortState {
  const direction = current === undefined ? undefined : current === sort.asc ? "ascending" : current === sort.desc ? "descending" : undefined;
  // The link reverses the order in force, or starts ascending where the column can.
  const next = (direction === "ascending" ? (sort.desc ?? sort.asc) : direction === "descending" ? (sort.asc ?? sort.desc) : (sort.asc ?? sort.desc)) as string;
  return { direction, next, nextIsAscending: next === sort.asc };
}

function SortHeader({ column, state, href }: { column: Column<never>; state: SortState; href: string }) {
  const t = useT("UI");
  return (
    <Link href={href} className="focus-ring group -mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-slate-900">
      {column.header}
      <ChevronDownIcon
        className={cx("size-3.5 transition-transform", state.direction ? "text-slate-900" : "text-slate-400 group-hover:text-slate-600", state.direction === "ascending" && "rotate-180")}
      />
      <span className="sr-only">{state.nextIsAscending ? t("sortAscending") : t("sortDescending")}</span>
    </Link>
  );
}

export function DataTable<Row>({ caption, columns, rows, rowKey, pathname, searchParams, defaultSort, sortParam = "sort", pagination, empty }: DataTableProps<Row>) {
  if (rows.length === 0) return <>{empty}</>;
  const raw = searchParams[sortParam];
  const current = (Array.isArray(raw) ? raw[0] : raw) || defaultSort;
  return (
    <div className="space-y-4">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <THead>
          <TR>
            {columns.map((column) => {
              const state = column.sort && sortState(column.sort, current);
              return (
                <TH key={column.key} aria-sort={state?.direction} className={column.className}>
                  {state ? <SortHeader column={column as Column<never>} state={state} href={pageHref(pathname, { ...searchParams, [sortParam]: state.next }, 1)} /> : column.header}
                </TH>
              );
            })}
          </TR>
        </THead>
        <TBody>
          {rows.map((row) => (
            <TR key={rowKey(row)}>
              {columns.map((column) => (
                <TD key={column.key} className={column.className}>
                  {column.cell(row)}
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
      {pagination && <Pagination currentPage={pagination.currentPage} totalPages={pagination.totalPages} pathname={pathname} searchParams={searchParams} />}
    </div>
  );
}
