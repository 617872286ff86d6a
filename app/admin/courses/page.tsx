// The admins' course list: every course, filtered by status and teacher or searched, with
// each one's status and teacher changed in place and its editor a click away.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { CourseAdminForm } from "@/components/admin/course-admin-form";
import { courseFigureColumns } from "@/components/courses/course-figure-columns";
import { ManagedCourseList } from "@/components/courses/managed-course-list";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import type { Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { type ManagedCourseRow, listManagedCourses } from "@/lib/courses/teacher-courses";
import { listTeacherOptions } from "@/lib/courses/teacher-options";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { courseStatusLabels } from "@/lib/shared/labels";
import { updateCourseAdminAction } from "./actions";

const PATH = "/admin/courses";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminCourses"))("title") };
}

export default async function AdminCoursesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const params = await searchParams;
  const [result, teachers, t, tc, statusName, locale] = await Promise.all([
    nullOn(listManagedCourses(actor, { ...params, limit: params.limit ?? "20" }), ["BAD_REQUEST"]),
    listTeacherOptions(actor),
    getT("AdminCourses"),
    getT("TeachCourses"),
    getT("CourseStatus"),
    getLocale(),
  ]);
  const statuses = courseStatusLabels.labels.map((status) => ({ value: status, label: statusName("name", { status }) }));
  const teacherOptions = teachers.map((teacher) => ({ value: String(teacher.id), label: teacher.fullName }));
  // A disabled teacher is no longer offered, but still shown on their own courses.
  const teachersFor = (course: ManagedCourseRow) =>
    teachers.some((teacher) => teacher.id === course.teacher.id) ? teacherOptions : [{ value: String(course.teacher.id), label: course.teacher.fullName }, ...teacherOptions];

  const columns: Column<ManagedCourseRow>[] = [
    {
      key: "course",
      header: tc("course"),
      sort: { asc: "title" },
      cell: (course) => (
        <span className="block min-w-28 [overflow-wrap:anywhere]">
          <Link href={`/teach/courses/${course.id}`} className="text-link font-medium">
            {course.title}
          </Link>
          <span className="mt-0.5 block text-xs text-slate-600">{course.teacher.fullName}</span>
        </span>
      ),
    },
    // On a phone the course and its controls take the width; the figures are on /teach too.
    ...courseFigureColumns(tc, locale).map((column) => ({ ...column, className: `${column.className} hidden md:table-cell` })),
    {
      key: "manage",
      header: t("actions"),
      cell: (course) => (
        <div className="flex flex-wrap items-center gap-2">
          <CourseAdminForm
            course={{ id: course.id, status: course.status, teacherId: course.teacher.id }}
            statuses={statuses}
            teachers={teachersFor(course)}
            labels={{
              status: t("statusLabel", { title: course.title }),
              teacher: t("teacherLabel", { title: course.title }),
              save: t("save"),
              saveLabel: t("saveLabel", { title: course.title }),
              saved: t("saved", { title: course.title }),
              nothingChanged: t("nothingChanged"),
            }}
            update={updateCourseAdminAction}
          />
          <ButtonLink href={`/teach/courses/${course.id}`} variant="ghost" size="sm" aria-label={t("editLabel", { title: course.title })}>
            {t("edit")}
          </ButtonLink>
        </div>
      ),
    },
  ];
  return (
    <Container size="wide" className="space-y-8 pt-8 pb-10">
      <PageHeader title={t("title")} description={t("description")} />
      <ManagedCourseList
        pathname={PATH}
        searchParams={params}
        result={result}
        columns={columns}
        caption={result ? t("caption", { count: result.pagination.totalRecords }) : ""}
        teachers={teacherOptions}
      />
    </Container>
  );
}
