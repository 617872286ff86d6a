import { getLocale } from "next-intl/server";
import { formatCount, formatPercent } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckCircleIcon, LayersIcon, SearchIcon, UsersIcon } from "@/components/ui/icons";
import type { SearchParams } from "@/components/ui/pagination";
import { StatTile } from "@/components/ui/stat-tile";
import { Tabs } from "@/components/ui/tabs";
import { getT } from "@/lib/i18n/translator";
import { type SampleCourse, sampleCourses } from "./sample-courses";
import { DesignSection, Row } from "./section";

export async function DataSection({ params }: { params: SearchParams }) {
  const locale = await getLocale();
  const t = await getT("Design");
  const { rows, currentPage, totalPages } = sampleCourses(params);
  const status = (course: SampleCourse) => (course.status === "PUBLISHED" ? <Badge tone="brand">{t("badgePublished")}</Badge> : <Badge>{t("badgeDraft")}</Badge>);
  const columns: Column<SampleCourse>[] = [
    { key: "title", header: t("course"), sort: { asc: "title", desc: "-title" }, cell: (course) => <span className="font-medium text-slate-900">{course.title}</span> },
    {
      key: "teacher",
      header: t("teacher"),
      cell: (course) => (
        <span className="flex items-center gap-2">
          <Avatar name={course.teacher} size="sm" />
          {course.teacher}
        </span>
      ),
    },
    { key: "status", header: t("status"), cell: status },
    { key: "students", header: t("studentsHeader"), sort: { desc: "-students", asc: "students" }, cell: (course) => formatCount(course.students, locale), className: "text-right tabular-nums" },
  ];

  return (
    <DesignSection id="data" title={t("data")} text={t("dataText")}>
      <Row>
        <StatTile icon={<UsersIcon className="size-4 text-slate-500" />}>{t("students", { count: 1204 })}</StatTile>
        <StatTile icon={<LayersIcon className="size-4 text-slate-500" />}>{t("modules", { count: 8 })}</StatTile>
      </Row>
      <div className="grid gap-4 sm:grid-cols-2">
        <StatTile icon={<UsersIcon />} figure={formatCount(318, locale)}>
          {t("enrolments")}
        </StatTile>
        <StatTile icon={<CheckCircleIcon />} figure={formatPercent(0.64, locale)}>
          {t("completion")}
        </StatTile>
      </div>
      <Card className="max-w-3xl">
        <CardHeader title={t("cardTitle")} description={t("cardText")} />
        <CardBody>
          <Tabs
            label={t("tabsLabel")}
            tabs={[
              { id: "overview", label: t("tabOverview"), panel: <p className="text-sm text-slate-700">{t("tabOverviewText")}</p> },
              { id: "modules", label: t("tabModules"), panel: <p className="text-sm text-slate-700">{t("tabModulesText")}</p> },
              { id: "students", label: t("tabStudents"), panel: <p className="text-sm text-slate-700">{t("tabStudentsText")}</p> },
            ]}
          />
        </CardBody>
      </Card>
      <DataTableToolbar
        pathname="/design"
        searchParams={params}
        label={t("tableFilter")}
        search={{ label: t("search"), placeholder: t("searchPlaceholder") }}
        filters={[
          {
            name: "status",
            label: t("status"),
            anyLabel: t("anyStatus"),
            options: [
              { value: "PUBLISHED", label: t("badgePublished") },
              { value: "DRAFT", label: t("badgeDraft") },
            ],
          },
        ]}
      />
      <DataTable
        caption={t("tableCaption")}
        columns={columns}
        rows={rows}
        rowKey={(course) => course.id}
        pathname="/design"
        searchParams={params}
        defaultSort="-students"
        pagination={{ currentPage, totalPages }}
        empty={<EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} titleAs="h3" />}
      />
    </DesignSection>
  );
}
