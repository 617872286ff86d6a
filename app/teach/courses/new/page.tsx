import type { Metadata } from "next";
import Link from "next/link";
import { getTimeZone } from "next-intl/server";
import { ScopedText } from "@/components/i18n/scoped-text";
import { CourseForm } from "@/components/teach/course-form";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { ChevronLeftIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listCategoryOptions } from "@/lib/categories/list-category-options";
import { getT } from "@/lib/i18n/translator";
import { createCourseAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("TeachCourses"))("newTitle") };
}

export default async function NewCoursePage() {
  await requireSessionActor({ roles: TEACHING_ROLES, returnTo: "/teach/courses/new" });
  const [categories, t, timeZone] = await Promise.all([listCategoryOptions(), getT("TeachCourses"), getTimeZone()]);
  return (
    <Container size="narrow" className="space-y-6 py-10">
      <PageHeader
        eyebrow={
          <Link href="/teach" className="inline-flex items-center gap-1 rounded hover:text-slate-900">
            <ChevronLeftIcon className="size-4" />
            {t("backToCourses")}
          </Link>
        }
        title={t("newTitle")}
        description={t("newDescription")}
      />
      <Card>
        <CardBody className="py-6">
          <ScopedText namespaces={["CourseForm"]}>
            <CourseForm
              mode="create"
              create={createCourseAction}
              initial={{ title: "", slug: "", categoryId: "", description: "", priceIDR: "0", releaseDate: "" }}
              categories={categories.map((category) => ({ value: String(category.id), label: category.name }))}
              timeZone={timeZone}
              releaseDateHint={t("releaseDateHint", { zone: timeZone })}
            />
          </ScopedText>
        </CardBody>
      </Card>
    </Container>
  );
}
