import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { PriceTag } from "@/components/courses/price-tag";
import { formatCount, formatDate } from "@/components/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listCourses } from "@/lib/courses/list-courses";
import type { CourseSummary } from "@/lib/courses/views";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Teach"))("metaTitle") };
}

// Keyed by the status labels the course views return.
const statusTones: Record<string, BadgeTone> = { Draft: "neutral", Published: "success", Archived: "warning" };

export default async function TeachPage() {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: "/teach" });
  const [{ courses, pagination }, t, locale, timeZone] = await Promise.all([
    listCourses(actor, { teacherId: actor.id, limit: 100 }),
    getT("Teach"),
    getLocale(),
    getTimeZone(),
  ]);
  const columns: Column<CourseSummary>[] = [
    {
      key: "course",
      header: t("course"),
      cell: (course) => (
        <span className="block min-w-48">
          <Link href={`/courses/${course.slug}`} className="text-link font-medium">
            {course.title}
          </Link>
          {course.category && <span className="mt-0.5 block text-xs text-slate-600">{course.category.name}</span>}
        </span>
      ),
    },
    { key: "status", header: t("status"), cell: (course) => <Badge tone={statusTones[course.status] ?? "neutral"}>{t("statusName", { status: course.status })}</Badge> },
    { key: "students", header: t("students"), cell: (course) => formatCount(course.studentsCount, locale), className: "text-right tabular-nums" },
    { key: "modules", header: t("modules"), cell: (course) => formatCount(course.modulesCount, locale), className: "text-right tabular-nums" },
    { key: "price", header: t("price"), cell: (course) => <PriceTag priceIDR={course.priceIDR} />, className: "whitespace-nowrap" },
    { key: "updated", header: t("updated"), cell: (course) => formatDate(course.updatedAt, locale, timeZone), className: "whitespace-nowrap" },
  ];
  return (
    <Container size="wide" className="space-y-8 py-10">
      <PageHeader title={t("title")} description={t("description", { count: pagination.totalRecords })} />
      <DataTable
        caption={t("caption")}
        columns={columns}
        rows={courses}
        rowKey={(course) => course.id}
        pathname="/teach"
        searchParams={{}}
        empty={<EmptyState icon={<BookIcon />} title={t("emptyTitle")} description={t("emptyText")} />}
      />
    </Container>
  );
}
