// The course's modules and contents in order, with the current one marked. On phones it
// folds into a <details> above the content (no JavaScript needed); from lg up it is the
// sidebar. Both are rendered and one is hidden by CSS, so assistive technology meets one.
// A student's reader ticks the contents they have completed.
import Link from "next/link";
import { ContentTypeIcon } from "@/components/courses/content-type-icon";
import { cx } from "@/components/ui/cx";
import type { ReactNode } from "react";
import { CheckCircleIcon, ChevronDownIcon } from "@/components/ui/icons";
import { useT } from "@/lib/i18n/translator";
import type { ModuleView } from "@/lib/modules/views";

type ReaderOutlineProps = {
  courseTitle: string;
  modules: ModuleView[];
  currentId: number | null;
  /** The reader's path; a content's page is `${basePath}/${contentId}`. */
  basePath: string;
  /** The contents the reader has completed (none in the preview). */
  completedIds?: readonly number[];
};

function OutlineList({ modules, currentId, basePath, completedIds = [] }: Omit<ReaderOutlineProps, "courseTitle">) {
  const t = useT("Reader");
  const course = useT("Course");
  const completed = new Set(completedIds);
  return (
    <ol className="space-y-5">
      {modules.map((module, index) => (
        <li key={module.id}>
          <p className="px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t("moduleNumber", { number: index + 1 })}</p>
          <p className="mt-0.5 px-2 text-sm font-semibold text-slate-900">{module.title}</p>
          <ol className="mt-2 space-y-0.5">
            {module.contents.map((content) => {
              const current = content.id === currentId;
              const done = completed.has(content.id);
              return (
                <li key={content.id}>
                  <Link
                    href={`${basePath}/${content.id}`}
                    aria-current={current ? "page" : undefined}
                    className={cx(
                      "focus-ring flex items-start gap-2.5 rounded-md px-2 py-1.5 text-sm",
                      current ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                    )}
                  >
                    <ContentTypeIcon type={content.type} className={cx("mt-0.5 size-4 shrink-0", current ? "text-brand-700" : "text-slate-500")} />
                    <span className="min-w-0 flex-1">
                      {content.title}
                      <span className="sr-only">
                        {" "}
                        ({course("typeName", { type: content.type })}){done && ` ${t("completed")}`}{current && ` ${t("current")}`}
                      </span>
                    </span>
                    {done && <CheckCircleIcon className="mt-0.5 size-4 shrink-0 text-emerald-600" />}
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** The outline as a sidebar (lg and up) and as a folded list on smaller screens. */
export function ReaderOutline(props: ReaderOutlineProps & { summary: string; progress: ReactNode }) {
  const t = useT("Reader");
  const { summary, progress, courseTitle, ...list } = props;
  return (
    <>
      <details className="group rounded-xl border border-slate-200 bg-white lg:hidden">
        <summary className="focus-ring flex cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 py-3 text-sm font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
          {summary}
          <ChevronDownIcon className="size-4 shrink-0 text-slate-600 transition-transform group-open:rotate-180" />
        </summary>
        <nav aria-label={t("outline")} className="space-y-4 border-t border-slate-200 px-2 py-4">
          <div className="space-y-3 px-2">
            <p className="font-semibold text-balance text-slate-900">{courseTitle}</p>
            {progress}
          </div>
          <OutlineList {...list} />
        </nav>
      </details>
      <nav aria-label={t("outline")} className="hidden space-y-5 lg:sticky lg:top-6 lg:block lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto lg:pr-2">
        <div className="space-y-3 px-2">
          <p className="font-semibold text-balance text-slate-900">{courseTitle}</p>
          {progress}
        </div>
        <OutlineList {...list} />
      </nav>
    </>
  );
}
