import { getT } from "@/lib/i18n/translator";
import Form from "next/form";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { CourseGrid } from "@/components/courses/course-grid";
import { Field } from "@/components/forms/field";
import { formatCount } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { ArrowRightIcon, AwardIcon, BookIcon, CheckCircleIcon, LayersIcon, SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { listCategoryOptions } from "@/lib/categories/list-category-options";
import { listPublishedCourses } from "@/lib/courses/list-courses";

// Rendered per request (the database is not there at build time); its data comes from the
// read cache.
export const dynamic = "force-dynamic";

const features = [
  { icon: LayersIcon, title: "pathTitle", text: "pathText" },
  { icon: CheckCircleIcon, title: "practiceTitle", text: "practiceText" },
  { icon: AwardIcon, title: "certificateTitle", text: "certificateText" },
] as const;

export default async function HomePage() {
  const [{ courses }, categories, t] = await Promise.all([
    listPublishedCourses({ sort: "popular", limit: 6 }),
    listCategoryOptions(),
    getT("Home"),
  ]);
  const locale = await getLocale();
  const activeCategories = categories.filter((category) => category.publishedCourses > 0);

  return (
    <>
      <section className="relative overflow-hidden border-b border-slate-200 bg-linear-to-b from-brand-50/80 to-white">
        <div aria-hidden="true" className="pointer-events-none absolute -top-32 left-1/2 size-[36rem] -translate-x-1/2 rounded-full bg-brand-200/40 blur-3xl" />
        <Container size="narrow" className="relative py-16 text-center sm:py-24">
          <Badge tone="brand">{t("badge")}</Badge>
          <h1 className="mt-5 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl">{t("heading")}</h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg text-pretty text-slate-600">
            {t("lead")}
          </p>
          <Form action="/courses" role="search" className="mx-auto mt-8 flex max-w-xl flex-col gap-3 sm:flex-row">
            <Field id="home-q" label={t("searchLabel")} hideLabel className="flex-1">
              {(control) => (
                <div className="relative">
                  <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-5 -translate-y-1/2 text-slate-500" />
                  <Input {...control} type="search" name="q" placeholder={t("searchPlaceholder")} maxLength={100} className="h-12 pl-11 text-base" />
                </div>
              )}
            </Field>
            <Button type="submit" size="lg">
              {t("search")}
            </Button>
          </Form>
        </Container>
      </section>

      <section aria-labelledby="popular-heading" className="py-16 sm:py-20">
        <Container size="wide">
          <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
            <div>
              <h2 id="popular-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
                {t("popularHeading")}
              </h2>
              <p className="mt-1 text-slate-600">{t("popularLead")}</p>
            </div>
            <Link href="/courses" className="inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:text-brand-800">
              {t("browseAll")}
              <ArrowRightIcon className="size-4" />
            </Link>
          </div>
          {courses.length > 0 ? (
            <CourseGrid courses={courses} titleAs="h3" />
          ) : (
            <EmptyState icon={<BookIcon />} titleAs="h3" title={t("noCourses")} description={t("noCoursesText")} />
          )}
        </Container>
      </section>

      {activeCategories.length > 0 && (
        <section aria-labelledby="categories-heading" className="border-y border-slate-200 bg-slate-50 py-16">
          <Container size="wide">
            <h2 id="categories-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
              {t("categoriesHeading")}
            </h2>
            <p className="mt-1 text-slate-600">{t("categoriesLead")}</p>
            <ul className="mt-6 flex flex-wrap gap-3">
              {activeCategories.map((category) => (
                <li key={category.id}>
                  <Link
                    href={`/courses?categoryId=${category.id}`}
                    className="inline-flex items-center gap-2 rounded-full border border-slate-200 bg-white py-2 pr-2 pl-4 text-sm font-medium text-slate-800 shadow-xs transition-colors hover:border-brand-300 hover:text-brand-700"
                  >
                    {category.name}
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600 tabular-nums">
                      {formatCount(category.publishedCourses, locale)}
                      <span className="sr-only"> {t("categoryCourses", { count: category.publishedCourses })}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </Container>
        </section>
      )}

      <section aria-labelledby="why-heading" className="py-16 sm:py-20">
        <Container size="wide">
          <h2 id="why-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
            {t("whyHeading")}
          </h2>
          <ul className="mt-8 grid gap-6 md:grid-cols-3">
            {features.map(({ icon: Icon, title, text }) => (
              <li key={title} className="rounded-xl border border-slate-200 p-6">
                <span className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
                  <Icon />
                </span>
                <h3 className="mt-4 font-semibold text-slate-900">{t(title)}</h3>
                <p className="mt-2 text-sm text-slate-600">{t(text)}</p>
              </li>
            ))}
          </ul>
        </Container>
      </section>

      <section className="pb-20">
        <Container size="wide">
          <div className="rounded-2xl border border-brand-100 bg-linear-to-br from-brand-50 to-accent-50 px-6 py-12 text-center sm:px-12">
            <h2 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{t("ctaHeading")}</h2>
            <p className="mx-auto mt-3 max-w-xl text-slate-600">{t("ctaText")}</p>
            <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
              <ButtonLink href="/register" size="lg">
                {t("ctaRegister")}
              </ButtonLink>
              <ButtonLink href="/courses" size="lg" variant="secondary">
                {t("ctaBrowse")}
              </ButtonLink>
            </div>
          </div>
        </Container>
      </section>
    </>
  );
}
