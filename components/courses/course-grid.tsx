import type { CourseSummary } from "@/lib/courses/views";
import { CourseCard, type CourseCardProps } from "./course-card";

/** A responsive grid of course cards: one column on phones, up to three on desktops. */
export function CourseGrid({ courses, titleAs }: { courses: CourseSummary[]; titleAs?: CourseCardProps["titleAs"] }) {
  return (
    <ul data-testid="course-grid" className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {courses.map((course) => (
        <li key={course.id}>
          <CourseCard course={course} titleAs={titleAs} />
        </li>
      ))}
    </ul>
  );
}
