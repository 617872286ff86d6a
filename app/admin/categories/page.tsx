import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { CategoryForm } from "@/components/admin/category-form";
import { formatCount } from "@/components/format";
import { ScopedText } from "@/components/i18n/scoped-text";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ListIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listCategories } from "@/lib/categories/list-categories";
import type { CategoryView } from "@/lib/categories/views";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { createCategoryAction } from "./actions";

const PATH = "/admin/categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminCategories"))("title") };
}

export default async function AdminCategoriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const [params, t, locale] = await Promise.all([searchParams, getT("AdminCategories"), getLocale()]);
  // An admin's count takes in drafts and archived courses: all that deleting would touch.
  const result = await nullOn(listCategories(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]);
  const searching = Boolean(result?.query.q);

  const columns: Column<CategoryView>[] = [
    {
      key: "name",
      header: t("name"),
      sort: { asc: "name", desc: "name-desc" },
      // The name leads to the page where it is renamed, described or deleted.
      cell: (category) => (
        <Link href={`${PATH}/${category.id}`} className="text-link font-medium">
          {category.name}
        </Link>
      ),
    },
    // On a phone the name and count fit; slug and description are on the edit page.
    { key: "slug", header: t("slug"), cell: (category) => <code className="text-xs text-slate-700">{category.slug}</code>, className: "hidden md:table-cell" },
    {
      key: "description",
      header: t("descriptionColumn"),
      cell: (category) => (category.description ? <span className="line-clamp-2 max-w-md">{category.description}</span> : <span className="text-slate-600">{t("noDescription")}</span>),
      className: "hidden md:table-cell",
    },
    { key: "courses", header: t("courses"), sort: { desc: "courses", asc: "courses-asc" }, cell: (category) => formatCount(category.coursesCount, locale), className: "text-right tabular-nums" },
  ];

  return (
    <Container size="wide" className="space-y-8 pt-8 pb-10">
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <ScopedText namespaces={["AdminCategoriesForms"]}>
        <Card className="max-w-2xl">
          <CardHeader title={t("newTitle")} description={t("newDescription")} />
          <CardBody>
            <CategoryForm mode="create" save={createCategoryAction} />
          </CardBody>
        </Card>
      </ScopedText>
      <section aria-labelledby="categories-heading" className="space-y-4">
        <h2 id="categories-heading" className="text-xl font-semibold tracking-tight text-slate-900">
          {t("listTitle")}
        </h2>
        <DataTableToolbar pathname={PATH} searchParams={params} label={t("filterLabel")} search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }} />
        {result ? (
          <DataTable
            caption={t("caption", { count: result.pagination.totalRecords })}
            columns={columns}
            rows={result.categories}
            rowKey={(category) => category.id}
            pathname={PATH}
            searchParams={params}
            defaultSort="name"
            pagination={result.pagination}
            empty={
              searching ? (
                <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} titleAs="h3" />
              ) : (
                <EmptyState icon={<ListIcon />} title={t("emptyTitle")} description={t("emptyText")} titleAs="h3" />
              )
            }
          />
        ) : (
          <EmptyState
            icon={<AlertIcon />}
            title={t("invalidFilterTitle")}
            description={t("invalidFilterText")}
            titleAs="h3"
            action={
              <ButtonLink href={PATH} variant="secondary">
                {t("allCategories")}
              </ButtonLink>
            }
          />
        )}
      </section>
    </Container>
  );
}
