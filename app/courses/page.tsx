import { getT } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { CourseFilters, knownSort } from "@/components/courses/course-filters";
import { CatalogResults, cleanParams } from "@/components/courses/catalog-results";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { listCategoryOptions } from "@/lib/categories/list-category-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Catalog");
  return { title: t("title"), description: t("metaDescription") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CoursesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = cleanParams(await searchParams);
  const [categories, t] = await Promise.all([listCategoryOptions(), getT("Catalog")]);

  return (
    <Container size="wide" className="py-10 sm:py-14">
      <PageHeader title={t("title")} description={t("lead")} />
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
