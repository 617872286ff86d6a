import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CategoryForm } from "@/components/admin/category-form";
import { DeleteCategory } from "@/components/admin/delete-category";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ZPathId } from "@/lib/api/contract-schemas";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getCategory } from "@/lib/categories/get-category";
import { categoriesFor } from "@/lib/categories/list-categories";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { deleteCategoryAction, updateCategoryAction } from "../actions";

type Params = Promise<{ categoryId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminCategories"))("editTitle") };
}

export default async function EditCategoryPage({ params }: { params: Params }) {
  const { categoryId: raw } = await params;
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: `/admin/categories/${encodeURIComponent(raw)}` });
  const id = ZPathId("categoryId").safeParse(raw);
  if (!id.success) notFound();
  // An admin sees every course in the count: the ones deleting the category would move.
  const [category, all, t] = await Promise.all([nullOn(getCategory(actor, id.data), ["NOT_FOUND"]), categoriesFor(actor), getT("AdminCategories")]);
  if (!category) notFound();

  const others = all.filter((other) => other.id !== category.id).map((other) => ({ value: String(other.id), label: other.name }));
  const used = category.coursesCount > 0;
  const explanation = !used ? t("deleteUnused") : others.length ? t("deleteUsed", { count: category.coursesCount }) : t("deleteBlocked", { count: category.coursesCount });

  return (
    <Container size="narrow" className="space-y-6 pt-8 pb-10">
      <PageHeader
        eyebrow={
          <Link href="/admin/categories" className="text-link">
            {t("title")}
          </Link>
        }
        title={category.name}
        description={t("usage", { count: category.coursesCount })}
      />
      <ScopedText namespaces={["AdminCategoriesForms"]}>
        <Card>
          <CardHeader title={t("detailsTitle")} description={t("detailsDescription")} />
          <CardBody>
            <CategoryForm mode="edit" category={category} save={updateCategoryAction} />
          </CardBody>
        </Card>
        <Card className="border-red-200">
          <CardHeader title={t("deleteTitle")} description={explanation} />
          {(!used || others.length > 0) && (
            <CardBody>
              <DeleteCategory category={category} explanation={explanation} moveOptions={used ? others : null} remove={deleteCategoryAction} />
            </CardBody>
          )}
        </Card>
      </ScopedText>
    </Container>
  );
}
