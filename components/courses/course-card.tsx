// One course in a grid. The title link stretches over the whole card, so the card is one
// click target while screen readers hear a single, well-named link.
import Link from "next/link";
import { excerpt, plural } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { LayersIcon, UsersIcon } from "@/components/ui/icons";
import type { CourseSummary } from "@/lib/courses/views";
import { CourseCover } from "./course-cover";
import { PriceTag } from "./price-tag";

export type CourseCardProps = { course: CourseSummary; titleAs?: "h2" | "h3" };

export function CourseCard({ course, titleAs: Title = "h2" }: CourseCardProps) {
  const summary = excerpt(course.description, 140);
  return (
    <article
      data-testid="course-card"
      className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-xs transition hover:border-slate-300 hover:shadow-md has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-brand-600"
    >
      <CourseCover coverImageUrl={course.coverImageUrl} category={course.category} courseId={course.id} />
      <div className="flex flex-1 flex-col p-5">
        <Title className="text-base leading-snug font-semibold text-slate-900">
          <Link href={`/courses/${course.slug}`} className="after:absolute after:inset-0 group-hover:text-brand-700 focus-visible:outline-none">
            {course.title}
          </Link>
        </Title>
        {summary && <p className="mt-2 line-clamp-2 text-sm text-slate-600">{summary}</p>}
        <p className="mt-4 flex min-w-0 items-center gap-2 text-sm text-slate-700">
          <Avatar name={course.teacher.fullName} src={course.teacher.avatarUrl} size="sm" />
          <span className="truncate">{course.teacher.fullName}</span>
        </p>
        <div className="mt-auto pt-5">
          <div className="flex items-center justify-between gap-3 border-t border-slate-100 pt-4">
            <p className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600">
              <span className="inline-flex items-center gap-1.5">
                <LayersIcon className="size-4 text-slate-500" />
                {plural(course.modulesCount, "module")}
              </span>
              <span className="inline-flex items-center gap-1.5">
                <UsersIcon className="size-4 text-slate-500" />
                {plural(course.studentsCount, "student")}
              </span>
            </p>
            <PriceTag priceIDR={course.priceIDR} />
          </div>
        </div>
      </div>
    </article>
  );
}
