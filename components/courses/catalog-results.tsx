// The catalog's result list: count, grid and pages, or an empty state explaining why
// nothing is shown. A bad query (page=abc) gets a friendly message, not an error page.
import { getT } from "@/lib/i18n/translator";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, SearchIcon } from "@/components/ui/icons";
import { Pagination, pageHref, type SearchParams } from "@/components/ui/pagination";
import { listPublishedCourses } from "@/lib/courses/list-courses";
import { nullOn } from "@/lib/errors";
import { CourseGrid } from "./course-grid";

export const CATALOG_PAGE_SIZE = 12;

/** Drops empty values ("categoryId=" from an untouched GET form), so page links stay tidy. */
export function cleanParams(params: SearchParams): SearchParams {
  return Object.fromEntries(
    Object.entries(params).flatMap(([key, value]) => {
      const kept = (Array.isArray(value) ? value : [value]).filter((item): item is string => !!item && item.trim() !== "");
      if (kept.length === 0) return [];
      return [[key, kept.length === 1 ? kept[0] : kept]];
    }),
  );
}

// The page size is ours, whatever the URL says.
const load = (params: SearchParams) => nullOn(listPublishedCourses({ ...params, limit: CATALOG_PAGE_SIZE }), ["BAD_REQUEST"]);

export async function CatalogResults({ params }: { params: SearchParams }) {
  const [result, t] = await Promise.all([load(params), getT("Catalog")]);
  const clearFilters = (
    <ButtonLink href="/courses" variant="secondary">
      {t("clearFilters")}
    </ButtonLink>
  );
  if (!result) {
    return (
      <EmptyState
        icon={<AlertIcon />}
        title={t("invalidTitle")}
        description={t("invalidText")}
        action={clearFilters}
      />
    );
  }

  const { courses, pagination } = result;
  if (courses.length === 0 && pagination.totalRecords > 0) {
    return (
      <EmptyState
        icon={<SearchIcon />}
        title={t("emptyPageTitle")}
        description={t("emptyPageText", { count: pagination.totalPages })}
        action={
          <ButtonLink href={pageHref("/courses", params, pagination.totalPages)} variant="secondary">
            {t("lastPage")}
          </ButtonLink>
        }
      />
    );
  }
  if (courses.length === 0) {
    return params.q || params.categoryId ? (
      <EmptyState
        icon={<SearchIcon />}
        title={t("noMatchTitle")}
        description={t("noMatchText")}
        action={clearFilters}
      />
    ) : (
      <EmptyState icon={<SearchIcon />} title={t("noCoursesTitle")} description={t("noCoursesText")} />
    );
  }

  return (
    <section aria-labelledby="results-heading">
      <div className="mb-5 flex items-baseline justify-between gap-4">
        <h2 id="results-heading" className="text-sm font-medium text-slate-700">
          {t("resultsCount", { count: pagination.totalRecords })}
        </h2>
        {pagination.totalPages > 1 && (
          <p className="text-sm text-slate-600">
            {t("pageOf", { page: pagination.currentPage, total: pagination.totalPages })}
          </p>
        )}
      </div>
      <CourseGrid courses={courses} titleAs="h3" />
      <Pagination className="mt-10" currentPage={pagination.currentPage} totalPages={pagination.totalPages} pathname="/courses" searchParams={params} />
    </section>
  );
}
