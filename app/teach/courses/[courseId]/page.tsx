// A course's details: the form the API's schema checks, its cover, its status moves, an
// admin's reassignment, and deleting it. The layout around it has already checked access.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimeZone } from "next-intl/server";
import { cache } from "react";
import { ScopedText } from "@/components/i18n/scoped-text";
import { CourseForm } from "@/components/teach/course-form";
import { CourseCoverForm, CourseDeleteAction, CourseReassignForm, CourseStatusActions } from "@/components/teach/course-lazy";
import { toWallClock } from "@/components/teach/course-release-date";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ZPathId } from "@/lib/api/contract-schemas";
import { isAdmin, TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listCategoryOptions } from "@/lib/categories/list-category-options";
import { getManagedCourse } from "@/lib/courses/read-course";
import { listTeacherOptions } from "@/lib/courses/teacher-options";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { deleteCourseAction, removeCoverAction, updateCourseAction, uploadCoverAction } from "./actions";

type Props = { params: Promise<{ courseId: string }> };

// One lookup per request, shared by the metadata and the page; null for what the layout
// already answers (not found, or not the actor's to change).
const loadCourse = cache(async (courseId: string) => {
  const parsed = ZPathId("courseId").safeParse(courseId);
  if (!parsed.success) return null;
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: `/teach/courses/${courseId}` });
  const course = await nullOn(getManagedCourse(actor, parsed.data), ["NOT_FOUND", "FORBIDDEN"]);
  return course && { actor, course };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadCourse((await params).courseId);
  const t = await getT("TeachCourses");
  return { title: loaded ? t("editMetaTitle", { title: loaded.course.title }) : t("metaTitle") };
}

const statusText = { Draft: "statusDraft", Published: "statusPublished", Archived: "statusArchived" } as const;

export default async function CourseDetailsPage({ params }: Props) {
  const loaded = await loadCourse((await params).courseId);
  if (!loaded) notFound();
  const { actor, course } = loaded;
  const admin = isAdmin(actor);
  const [categories, teachers, t, timeZone] = await Promise.all([listCategoryOptions(), admin ? listTeacherOptions(actor) : [], getT("TeachCourses"), getTimeZone()]);

  return (
    <ScopedText namespaces={["CourseForm"]}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <Card>
          <CardHeader title={t("detailsTitle")} description={t("detailsDescription")} />
          <CardBody className="py-6">
            <CourseForm
              mode="edit"
              courseId={course.id}
              update={updateCourseAction}
              initial={{
                title: course.title,
                slug: course.slug,
                categoryId: course.category ? String(course.category.id) : "",
                description: course.description,
                priceIDR: String(course.priceIDR),
                releaseDate: toWallClock(course.releaseDate, timeZone),
              }}
              categories={categories.map((category) => ({ value: String(category.id), label: category.name }))}
              timeZone={timeZone}
              releaseDateHint={t("releaseDateHint", { zone: timeZone })}
            />
          </CardBody>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("statusTitle")} description={t(statusText[course.status as keyof typeof statusText] ?? "statusDraft")} />
            <CardBody>
              <CourseStatusActions courseId={course.id} status={course.status} update={updateCourseAction} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("coverTitle")} description={t("coverDescription")} />
            <CardBody>
              <CourseCoverForm courseId={course.id} coverUrl={course.coverImageVariants[0]?.url ?? course.coverImageUrl} upload={uploadCoverAction} remove={removeCoverAction} />
            </CardBody>
          </Card>
          {admin && (
            <Card>
              <CardHeader title={t("teacherTitle")} description={t("teacherDescription")} />
              <CardBody>
                <CourseReassignForm
                  courseId={course.id}
                  teacherId={course.teacher.id}
                  teachers={teachers.map((teacher) => ({ value: String(teacher.id), label: t("teacherOption", { name: teacher.fullName, email: teacher.email }) }))}
                  update={updateCourseAction}
                />
              </CardBody>
            </Card>
          )}
          <Card className="border-red-200">
            <CardHeader title={t("deleteTitle")} description={t("deleteDescription")} />
            <CardBody>
              <CourseDeleteAction courseId={course.id} remove={deleteCourseAction} />
            </CardBody>
          </Card>
        </div>
      </div>
    </ScopedText>
  );
}
