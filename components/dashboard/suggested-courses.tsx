// What a student without a live enrolment is offered: the most popular courses and the catalog.
import Link from "next/link";
import { CourseGrid } from "@/components/courses/course-grid";
import { ArrowRightIcon } from "@/components/ui/icons";
import type { CourseSummary } from "@/lib/courses/views";
import { useT } from "@/lib/i18n/translator";

export function SuggestedCourses({ courses }: { courses: CourseSummary[] }) {
  const t = useT("Dashboard");
  return (
    <section aria-labelledby="suggested-heading" data-testid="dashboard-suggested" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h2 id="suggested-heading" className="text-xl font-semibold tracking-tight text-slate-900">
          {t("suggestedTitle")}
        </h2>
        <Link href="/courses" className="inline-flex items-center gap-1 rounded text-sm font-medium text-brand-700 hover:text-brand-800">
          {t("browseAll")}
          <ArrowRightIcon className="size-4" />
        </Link>
      </div>
      {courses.length > 0 && <CourseGrid courses={courses} titleAs="h3" />}
    </section>
  );
}
