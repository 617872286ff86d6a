// Where students see the enrolment panel, the course's teacher and admins see the way to
// edit it and to see it as an enrolled student would.
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { CourseDetail } from "@/lib/courses/views";
import { useT } from "@/lib/i18n/translator";
import { CourseCover } from "./course-cover";
import { CourseStatusBadge } from "./course-status-badge";
import { PriceTag } from "./price-tag";

export function CourseManageCard({ course }: { course: CourseDetail }) {
  const t = useT("CourseManage");
  return (
    <Card className="overflow-hidden shadow-sm">
      <CourseCover coverImageUrl={course.coverImageUrl} variants={course.coverImageVariants} sizes="22rem" category={course.category} courseId={course.id} hideCategory className="hidden lg:block" />
      <div className="p-5">
        <div className="flex items-center justify-between gap-3">
          <CourseStatusBadge status={course.status} />
          <PriceTag priceIDR={course.priceIDR} size="lg" />
        </div>
        <h2 className="mt-4 font-semibold text-slate-900">{t("manageTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("manageText")}</p>
        <div className="mt-4 grid gap-3">
          <ButtonLink href={`/teach/courses/${course.id}`}>{t("editCourse")}</ButtonLink>
          <ButtonLink href={`/teach/courses/${course.id}/preview`} variant="secondary">
            {t("previewAsStudent")}
          </ButtonLink>
        </div>
      </div>
    </Card>
  );
}
