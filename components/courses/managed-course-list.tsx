// A list of managed courses: search, status and (for admins) teacher filters over a table,
// with the empty and invalid-filter states. The teaching area's list and the admins' one
// differ in their columns and in what an empty list offers.
import type { ReactNode } from "react";
import type { Option } from "@/components/forms/select-field";
import { ButtonLink } from "@/components/ui/button";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, BookIcon, SearchIcon } from "@/components/ui/icons";
import type { SearchParams } from "@/components/ui/pagination";
import type { listManagedCourses, ManagedCourseRow } from "@/lib/courses/teacher-courses";
import { getT } from "@/lib/i18n/translator";
import { courseStatusLabels } from "@/lib/shared/labels";

export const MANAGED_COURSE_FILTERS = ["q", "status", "teacherId"];

type Props = {
  pathname: string;
  searchParams: SearchParams;
  /** null when the address could not be read as a query. */
  result: Awaited<ReturnType<typeof listManagedCourses>> | null;
  columns: Column<ManagedCourseRow>[];
  caption: string;
  /** The teacher filter's choices; no filter when absent. */
  teachers?: readonly Option[];
  /** What a list without any course offers, e.g. "Create your first course". */
  emptyAction?: ReactNode;
};

export async function ManagedCourseList({ pathname, searchParams, result, columns, caption, teachers, emptyAction }: Props) {
  const [t, statusName] = await Promise.all([getT("TeachCourses"), getT("CourseStatus")]);
  const filtered = MANAGED_COURSE_FILTERS.some((name) => searchParams[name]);
  const showAll = (
    <ButtonLink href={pathname} variant="secondary">
      {t("showAll")}
    </ButtonLink>
  );
  return (
    <>
      <DataTableToolbar
        pathname={pathname}
        searchParams={searchParams}
        label={t("filterLabel")}
        search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        filters={[
          { name: "status", label: t("status"), anyLabel: t("allStatuses"), options: courseStatusLabels.labels.map((status) => ({ value: status, label: statusName("name", { status }) })) },
          ...(teachers ? [{ name: "teacherId", label: t("teacher"), anyLabel: t("allTeachers"), options: teachers }] : []),
        ]}
      />
      {result ? (
        <DataTable
          caption={caption}
          columns={columns}
          rows={result.courses}
          rowKey={(course) => course.id}
          pathname={pathname}
          searchParams={searchParams}
          defaultSort="updated"
          pagination={result.pagination}
          empty={
            filtered ? (
              <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} action={showAll} />
            ) : (
              <EmptyState icon={<BookIcon />} title={t("emptyTitle")} description={t("emptyText")} action={emptyAction} />
            )
          }
        />
      ) : (
        <EmptyState icon={<AlertIcon />} title={t("invalidTitle")} description={t("invalidText")} action={showAll} />
      )}
    </>
  );
}
