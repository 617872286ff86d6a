// Page links that keep the current filters. Plain links, so paging works without JS and
// every page has its own URL.
import Link from "next/link";
import { useT } from "@/lib/i18n/translator";
import { cx } from "./cx";
import { ChevronLeftIcon, ChevronRightIcon } from "./icons";

export type SearchParams = Record<string, string | string[] | undefined>;

type PaginationProps = {
  currentPage: number;
  totalPages: number;
  /** The list's path, e.g. "/courses". */
  pathname: string;
  searchParams: SearchParams;
  className?: string;
};

/** The URL of a page: the current params minus empty ones, page omitted on page 1. */
export function pageHref(pathname: string, searchParams: SearchParams, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === "page") continue;
    for (const item of Array.isArray(value) ? value : [value]) if (item) params.append(key, item);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** First, last, and the current page with one neighbour each side; gaps become "…". */
export function pageItems(current: number, total: number): (number | "gap")[] {
  const pages = new Set([1, total, current - 1, current, current + 1]);
  const sorted = [...pages].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b);
  const items: (number | "gap")[] = [];
  for (const page of sorted) {
    const previous = items[items.length - 1];
    if (typeof previous === "number" && page - previous === 2) items.push(previous + 1);
    else if (typeof previous === "number" && page - previous > 2) items.push("gap");
    items.push(page);
  }
  return items;
}

const itemClasses =
  "inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded-lg px-3 text-sm font-medium transition-colors focus-ring";

export function Pagination({ currentPage, totalPages, pathname, searchParams, className }: PaginationProps) {
  const t = useT("Pagination");
  if (totalPages <= 1) return null;
  const href = (page: number) => pageHref(pathname, searchParams, page);
  const hasPrev = currentPage > 1;
  const hasNext = currentPage < totalPages;

  return (
    <nav aria-label={t("label")} className={cx("flex items-center justify-between gap-2 sm:justify-center", className)}>
      {hasPrev ? (
        <Link href={href(Math.min(currentPage - 1, totalPages))} rel="prev" className={cx(itemClasses, "text-slate-700 hover:bg-slate-100")}>
          <ChevronLeftIcon className="size-4" />
          {t("previous")}
        </Link>
      ) : (
        <span aria-disabled="true" className={cx(itemClasses, "cursor-not-allowed text-slate-400")}>
          <ChevronLeftIcon className="size-4" />
          {t("previous")}
        </span>
      )}

      <ol className="hidden items-center gap-1 sm:flex">
        {pageItems(currentPage, totalPages).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={href(item)}
                aria-current={item === currentPage ? "page" : undefined}
                aria-label={t("page", { page: item })}
                className={cx(
                  itemClasses,
                  "px-2",
                  item === currentPage ? "bg-brand-600 text-white hover:bg-brand-700" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {item}
              </Link>
            </li>
          ),
        )}
      </ol>
      <p className="text-sm text-slate-600 sm:hidden">
        {t("pageOf", { page: currentPage, total: totalPages })}
      </p>

      {hasNext ? (
        <Link href={href(currentPage + 1)} rel="next" className={cx(itemClasses, "text-slate-700 hover:bg-slate-100")}>
          {t("next")}
          <ChevronRightIcon className="size-4" />
        </Link>
      ) : (
        <span aria-disabled="true" className={cx(itemClasses, "cursor-not-allowed text-slate-400")}>
          {t("next")}
          <ChevronRightIcon className="size-4" />
        </span>
      )}
    </nav>
  );
}
