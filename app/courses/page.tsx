import type { Metadata } from "next";
import { CourseFilters, knownSort } from "@/components/courses/course-filters";
import { CatalogResults, cleanParams } from "@/components/courses/catalog-results";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { listCategoryOptions } from "@/lib/categories/list-category-options";

export const metadata: Metadata = {
  title: "Courses",
  description: "Browse every published course on Lumen: search, filter by category and sort by popularity or price.",
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CoursesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = cleanParams(await searchParams);
  const categories = await listCategoryOptions();

  return (
    <Container size="wide" className="py-10 sm:py-14">
      <PageHeader title="Courses" description="Learn from practising teachers. Search by topic, narrow by category and sort the way you like." />
      <div className="mt-8">
        <CourseFilters
          categories={categories}
          values={{
            q: first(params.q),
            categoryId: first(params.categoryId),
            sort: knownSort(first(params.sort)),
          }}
        />
      </div>
      <div className="mt-8">
        {/* Results come from the read cache, so the page renders them at once rather than
            streaming a skeleton first (whose markup every page would carry). Filter changes
            keep the current cards until the new ones are ready. */}
        <CatalogResults params={params} />
      </div>
    </Container>
  );
}
