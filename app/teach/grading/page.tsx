// The grading queue: submissions waiting for a grade in the courses the actor teaches (all
// courses for an admin), the oldest first, late ones marked; filter by course or student.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate, formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, CheckCircleIcon, ChevronLeftIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { listGradingQueue, queueCourses } from "@/lib/grading/grading-queue";
import type { QueueItem } from "@/lib/grading/views";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Grading"))("metaTitle") };
}

const PATH = "/teach/grading";
const PAGE_SIZE = 20;
const FILTERS = ["q", "courseId"];

export default async function GradingQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: PATH });
  const params = await searchParams;
  const [result, courses, t, locale, timeZone] = await Promise.all([
    nullOn(listGradingQueue(actor, { ...params, limit: PAGE_SIZE }), ["BAD_REQUEST"]),
    queueCourses(actor),
    getT("Grading"),
    getLocale(),
    getTimeZone(),
  ]);
  const filtered = FILTERS.some((name) => params[name]);
  const showAll = (
    <ButtonLink href={PATH} variant="secondary">
      {t("showAll")}
    </ButtonLink>
  );

  const gradeLink = (row: QueueItem) => (
    <ButtonLink href={`${PATH}/${row.id}`} size="sm" aria-label={t("gradeLabel", { name: row.student.fullName, assignment: row.content.title })}>
      {t("grade")}
    </ButtonLink>
  );
  const columns: Column<QueueItem>[] = [
    {
      key: "student",
      header: t("student"),
      cell: (row) => (
        <span className="block min-w-40">
          <span className="block font-medium text-slate-900">{row.student.fullName}</span>
          <span className="block text-xs break-all text-slate-600">{row.student.email}</span>
          {/* On a phone the table scrolls sideways: the lateness and the way to grade come first. */}
          <span className="mt-2 flex items-center gap-2 sm:hidden">
            {gradeLink(row)}
            {row.late && <Badge tone="warning">{t("late")}</Badge>}
          </span>
        </span>
      ),
    },
    {
      key: "assignment",
      header: t("assignment"),
      cell: (row) => (
        <span className="block min-w-48">
          <span className="block">{row.content.title}</span>
          <span className="block text-xs text-slate-600">{row.course.title}</span>
        </span>
      ),
    },
    {
      key: "submitted",
      header: t("submitted"),
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-2 whitespace-nowrap">
          <time dateTime={row.submittedAt} title={formatDateTime(row.submittedAt, locale, timeZone) ?? undefined}>
            {formatDate(row.submittedAt, locale, timeZone)}
          </time>
          {row.late && <Badge tone="warning">{t("late")}</Badge>}
        </span>
      ),
    },
    {
      key: "due",
      header: t("due"),
      cell: (row) => (row.dueAt ? formatDate(row.dueAt, locale, timeZone) : <span className="text-slate-600">{t("noDueDate")}</span>),
      className: "whitespace-nowrap",
    },
    {
      key: "grade",
      header: <span className="sr-only">{t("grade")}</span>,
      cell: gradeLink,
      className: "text-right max-sm:hidden",
    },
  ];

  return (
    <Container size="wide" className="space-y-8 py-10">
      <Link href="/teach" className="inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900">
        <ChevronLeftIcon className="size-4" />
        {t("backToCourses")}
      </Link>
      <PageHeader
        title={t("title")}
        description={result && !filtered && result.pagination.totalRecords > 0 ? t("description", { count: result.pagination.totalRecords }) : undefined}
      />
      <DataTableToolbar
        pathname={PATH}
        searchParams={params}
        label={t("filterLabel")}
        search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        filters={[{ name: "courseId", label: t("course"), anyLabel: t("allCourses"), options: courses.map((course) => ({ value: String(course.id), label: course.title })) }]}
      />
      {result ? (
        <DataTable
          caption={t("caption")}
          columns={columns}
          rows={result.submissions}
          rowKey={(row) => row.id}
          pathname={PATH}
          searchParams={params}
          pagination={result.pagination}
          empty={
            filtered ? (
              <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} action={showAll} />
            ) : (
              <EmptyState icon={<CheckCircleIcon />} title={t("emptyTitle")} description={t("emptyText")} />
            )
          }
        />
      ) : (
        <EmptyState icon={<AlertIcon />} title={t("invalidTitle")} description={t("invalidText")} action={showAll} />
      )}
    </Container>
  );
}
