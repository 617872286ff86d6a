// The catalog's result list: count, grid and pages, or an empty state explaining why
// nothing is shown. A bad query (page=abc) gets a friendly message, not an error page.
import { plural } from "@/components/format";
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

const clearFilters = (
  <ButtonLink href="/courses" variant="secondary">
    Clear filters
  </ButtonLink>
);

export async function CatalogResults({ params }: { params: SearchParams }) {
  const result = await load(params);
  if (!result) {
    return (
      <EmptyState
        icon={<AlertIcon />}
        title="That filter isn't valid"
        description="Part of this address could not be read as a search, category, sort order or page. Start again from all courses."
        action={clearFilters}
      />
    );
  }

  const { courses, pagination } = result;
  if (courses.length === 0 && pagination.totalRecords > 0) {
    return (
      <EmptyState
        icon={<SearchIcon />}
        title="This page is empty"
        description={`These results fit on ${plural(pagination.totalPages, "page")}.`}
        action={
          <ButtonLink href={pageHref("/courses", params, pagination.totalPages)} variant="secondary">
            Go to the last page
          </ButtonLink>
        }
      />
    );
  }
  if (courses.length === 0) {
    return params.q || params.categoryId ? (
      <EmptyState
        icon={<SearchIcon />}
        title="No courses match your search"
        description="Try other words or another category, or clear the filters to see every course."
        action={clearFilters}
      />
    ) : (
      <EmptyState icon={<SearchIcon />} title="No courses yet" description="Published courses will appear here as soon as teachers release them." />
    );
  }

  return (
    <section aria-labelledby="results-heading">
      <div className="mb-5 flex items-baseline justify-between gap-4">
        <h2 id="results-heading" className="text-sm font-medium text-slate-700">
          {plural(pagination.totalRecords, "course")}
        </h2>
        {pagination.totalPages > 1 && (
          <p className="text-sm text-slate-600">
            Page {pagination.currentPage} of {pagination.totalPages}
          </p>
        )}
      </div>
      <CourseGrid courses={courses} titleAs="h3" />
      <Pagination className="mt-10" currentPage={pagination.currentPage} totalPages={pagination.totalPages} pathname="/courses" searchParams={params} />
    </section>
  );
}
