// The frame of a course's editing pages: its title and status, and links to its sections
// (details here; the curriculum and the student preview have pages of their own).
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CourseStatusBadge } from "@/components/courses/course-status-badge";
import { LinkTabs } from "@/components/ui/link-tabs";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ChevronLeftIcon } from "@/components/ui/icons";
import { ZPathId } from "@/lib/api/contract-schemas";
import { isAdmin, TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getCourse } from "@/lib/courses/get-course";
import { getManagedCourse } from "@/lib/courses/read-course";
import { AppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

type Props = { children: ReactNode; params: Promise<{ courseId: string }> };

export default async function CourseEditorLayout({ children, params }: Props) {
  const { courseId } = await params;
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: `/teach/courses/${courseId}` });
  const parsed = ZPathId("courseId").safeParse(courseId);
  if (!parsed.success) notFound();
  const id = parsed.data;
  const [t, studentsText] = await Promise.all([getT("TeachCourses"), getT("Students")]);
  let course;
  try {
    course = await getManagedCourse(actor, id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code !== "FORBIDDEN") notFound();
    // Another teacher's published course: visible, so say why it cannot be edited here.
    const { slug } = await getCourse(actor, { id });
    return (
      <Container size="narrow" className="py-16">
        <EmptyState
          titleAs="h1"
          icon={<AlertIcon />}
          title={t("forbiddenTitle")}
          description={t("forbiddenText")}
          action={<ButtonLink href={`/courses/${slug}`}>{t("tabPublic")}</ButtonLink>}
        />
      </Container>
    );
  }

  const base = `/teach/courses/${course.id}`;
  return (
    <Container size="wide" className="py-8 sm:py-10">
      <Link href="/teach" className="inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900">
        <ChevronLeftIcon className="size-4" />
        {t("backToCourses")}
      </Link>
      <header className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{course.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
            <CourseStatusBadge status={course.status} />
            {isAdmin(actor) && <span>{t("taughtBy", { name: course.teacher.fullName })}</span>}
          </p>
        </div>
        <ButtonLink href={`/courses/${course.slug}`} variant="secondary" className="self-start">
          {t("tabPublic")}
        </ButtonLink>
      </header>
      <div className="mt-6">
        <LinkTabs
          label={t("sections")}
          tabs={[
            { href: base, label: t("tabDetails") },
            { href: `${base}/curriculum`, label: t("tabCurriculum"), also: [`${base}/curriculum/`, `${base}/contents/`] },
            { href: `${base}/students`, label: studentsText("tab"), also: [`${base}/students/`] },
            { href: `${base}/preview`, label: t("tabPreview"), also: [`${base}/preview/`] },
          ]}
        />
      </div>
      <div className="pt-8">{children}</div>
    </Container>
  );
}
