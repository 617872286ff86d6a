// The course outline: modules in order, each with its materials and their kinds. Titles
// only; the materials themselves open in the reader once enrolled.
import { useT } from "@/lib/i18n/translator";
import { EmptyState } from "@/components/ui/empty-state";
import type { CourseDetail } from "@/lib/courses/views";
import { ContentTypeIcon } from "./content-type-icon";

export function CourseOutline({ modules }: { modules: CourseDetail["modules"] }) {
  const t = useT("Course");
  if (modules.length === 0) {
    return <EmptyState size="sm" titleAs="p" title={t("noModules")} />;
  }
  return (
    <ol className="space-y-4">
      {modules.map((module, index) => (
        <li key={module.id} className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs">
          <div className="flex items-start gap-4 border-b border-slate-100 bg-slate-50/70 px-5 py-4">
            <span aria-hidden="true" className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700 ring-1 ring-brand-200 ring-inset">
              {index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="font-semibold text-slate-900">
                <span className="sr-only">{t("moduleNumber", { number: index + 1 })}</span>
                {module.title}
              </h3>
              {module.description && <p className="mt-1 text-sm text-slate-600">{module.description}</p>}
            </div>
            <span className="shrink-0 pt-0.5 text-sm text-slate-600">{t("items", { count: module.contents.length })}</span>
          </div>
          {module.contents.length > 0 && (
            <ul className="divide-y divide-slate-100">
              {module.contents.map((content) => (
                <li key={content.id} className="flex items-center gap-3 px-5 py-3 text-sm">
                  <ContentTypeIcon type={content.type} className="size-4 shrink-0 text-slate-500" />
                  <span className="min-w-0 flex-1 text-slate-800">{content.title}</span>
                  <span className="shrink-0 text-xs font-medium text-slate-600">{t("typeName", { type: content.type })}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
