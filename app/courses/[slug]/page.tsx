import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CourseEnrolCard } from "@/components/courses/course-enrol-card";
import { CourseOutline } from "@/components/courses/course-outline";
import { excerpt, plural } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { ChevronRightIcon } from "@/components/ui/icons";
import { Markdown } from "@/components/ui/markdown";
import { getCourse } from "@/lib/courses/get-course";
import { AppError } from "@/lib/errors";

type Props = { params: Promise<{ slug: string }> };

// One query per request, shared by the metadata and the page. A course the visitor may
// not see, or a slug that cannot exist, is a 404.
const loadCourse = cache(async (slug: string) => {
  try {
    return await getCourse(null, { slug });
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await loadCourse((await params).slug);
  return { title: course.title, description: excerpt(course.description, 160) || undefined };
}

export default async function CoursePage({ params }: Props) {
  const course = await loadCourse((await params).slug);
  const summary = excerpt(course.description, 220);

  return (
    <>
      <div className="border-b border-slate-200 bg-linear-to-b from-slate-50 to-white">
        <Container size="wide" className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
          <div className="min-w-0">
            <nav aria-label="Breadcrumb">
              <ol className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
                <li>
                  <Link href="/courses" className="rounded hover:text-slate-900 hover:underline">
                    Courses
                  </Link>
                </li>
                {course.category && (
                  <li className="flex items-center gap-1.5">
                    <ChevronRightIcon className="size-4 text-slate-400" />
                    <Link href={`/courses?categoryId=${course.category.id}`} className="rounded hover:text-slate-900 hover:underline">
                      {course.category.name}
                    </Link>
                  </li>
                )}
              </ol>
            </nav>
            {course.category && (
              <Badge tone="brand" className="mt-6">
                {course.category.name}
              </Badge>
            )}
            <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl">{course.title}</h1>
            {summary && <p className="mt-4 max-w-2xl text-lg text-pretty text-slate-600">{summary}</p>}
            <div className="mt-6 flex items-center gap-3">
              <Avatar name={course.teacher.fullName} src={course.teacher.avatarUrl} size="lg" />
              <div className="min-w-0">
                <p className="text-sm text-slate-600">Taught by</p>
                <p className="truncate font-medium text-slate-900">{course.teacher.fullName}</p>
              </div>
            </div>
            <p className="mt-6 flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-600">
              <span>{plural(course.studentsCount, "student")} enrolled</span>
              <span aria-hidden="true" className="text-slate-300">
                •
              </span>
              <span>{plural(course.modulesCount, "module")}</span>
              <span aria-hidden="true" className="text-slate-300">
                •
              </span>
              <span>{plural(course.contentsCount, "learning item")}</span>
            </p>
          </div>
          <CourseEnrolCard course={course} />
        </Container>
      </div>

      <Container size="wide" className="py-12 sm:py-16">
        <div className="max-w-3xl space-y-14">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              About this course
            </h2>
            <div className="mt-4">
              {course.description.trim() ? (
                <Markdown headingBase={3}>{course.description}</Markdown>
              ) : (
                <p className="text-slate-600">The teacher has not written a description yet.</p>
              )}
            </div>
          </section>
          <section aria-labelledby="outline-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="outline-heading" className="text-xl font-semibold tracking-tight text-slate-900">
                Course outline
              </h2>
              <p className="text-sm text-slate-600">
                {plural(course.modulesCount, "module")} · {plural(course.contentsCount, "item")}
              </p>
            </div>
            <div className="mt-5">
              <CourseOutline modules={course.modules} />
            </div>
          </section>
        </div>
      </Container>
    </>
  );
}
