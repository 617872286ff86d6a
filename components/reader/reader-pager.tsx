// Previous and next content, in outline order.
import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon } from "@/components/ui/icons";
import { useT } from "@/lib/i18n/translator";
import type { ReaderItem } from "@/lib/reader/course-reader";

type ReaderPagerProps = { previous: ReaderItem | null; next: ReaderItem | null; basePath: string };

const linkClasses = "focus-ring group flex min-w-0 flex-1 items-center gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-xs hover:border-brand-300 hover:bg-brand-50/40";

export function ReaderPager({ previous, next, basePath }: ReaderPagerProps) {
  const t = useT("Reader");
  if (!previous && !next) return null;
  return (
    <nav aria-label={t("pager")} className="flex flex-col gap-3 border-t border-slate-200 pt-6 sm:flex-row">
      {previous ? (
        <Link href={`${basePath}/${previous.id}`} rel="prev" className={linkClasses}>
          <ChevronLeftIcon className="size-5 shrink-0 text-slate-500 group-hover:text-brand-700" />
          <span className="min-w-0">
            <span className="block text-xs font-medium text-slate-600">{t("previous")}</span>
            <span className="block truncate text-sm font-semibold text-slate-900">{previous.title}</span>
          </span>
        </Link>
      ) : (
        <span className="hidden flex-1 sm:block" />
      )}
      {next && (
        <Link href={`${basePath}/${next.id}`} rel="next" className={`${linkClasses} justify-end text-right`}>
          <span className="min-w-0">
            <span className="block text-xs font-medium text-slate-600">{t("next")}</span>
            <span className="block truncate text-sm font-semibold text-slate-900">{next.title}</span>
          </span>
          <ChevronRightIcon className="size-5 shrink-0 text-slate-500 group-hover:text-brand-700" />
        </Link>
      )}
    </nav>
  );
}
