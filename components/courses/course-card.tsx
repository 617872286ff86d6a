// One course in a grid. The title link stretches over the whole card, so the card is one
// click target while screen readers hear a single, well-named link. Styles: .course-card
// in app/globals.css.
import Link from "next/link";
import { useT } from "@/lib/i18n/translator";
import { excerpt } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { SpriteIcon } from "@/components/ui/icons";
import { StatTile } from "@/components/ui/stat-tile";
import type { CourseSummary } from "@/lib/courses/views";
import { CourseCover } from "./course-cover";
import { CourseOpensOn } from "./course-opens-on";
import { PriceTag } from "./price-tag";

export type CourseCardProps = { course: CourseSummary; titleAs?: "h2" | "h3" };

export function CourseCard({ course, titleAs: Title = "h2" }: CourseCardProps) {
  const t = useT("CourseCard");
  const summary = excerpt(course.description, 140);
  return (
    <article data-testid="course-card" className="course-card">
      <CourseCover coverImageUrl={course.coverImageUrl} variants={course.coverImageVariants} category={course.category} courseId={course.id} />
      <div className="course-card-body">
        <Title className="course-card-title">
          <Link href={`/courses/${course.slug}`}>{course.title}</Link>
        </Title>
        {summary && <p className="course-card-summary">{summary}</p>}
        <CourseOpensOn releaseDate={course.releaseDate} className="mt-3 text-sm" />
        <p className="course-card-teacher">
          <Avatar name={course.teacher.fullName} src={course.teacher.avatarUrl} size="sm" />
          <span className="truncate">{course.teacher.fullName}</span>
        </p>
        <div className="course-card-footer">
          <div>
            <p className="course-card-stats">
              <StatTile icon={<SpriteIcon name="layers" />}>{t("modules", { count: course.modulesCount })}</StatTile>
              <StatTile icon={<SpriteIcon name="users" />}>{t("students", { count: course.studentsCount })}</StatTile>
            </p>
            <PriceTag priceIDR={course.priceIDR} />
          </div>
        </div>
      </div>
    </article>
  );
}
