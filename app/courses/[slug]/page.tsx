import { getT } from "@/lib/i18n/translator";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CourseEnrolCard, type EnrolViewer } from "@/components/courses/course-enrol-card";
import { CourseManageCard } from "@/components/courses/course-manage-card";
import { CourseOpensOn } from "@/components/courses/course-opens-on";
import { CourseOutline } from "@/components/courses/course-outline";
import { FormAlert } from "@/components/forms/form-alert";
import { excerpt } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ChevronLeftIcon, LayersIcon, ListIcon, UsersIcon } from "@/components/ui/icons";
import { Markdown } from "@/components/ui/markdown";
import { StatTile } from "@/components/ui/stat-tile";
import type { MaybeActor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session";
import { SESSION_HINT_COOKIE } from "@/lib/auth/session-hint";
import { getCourse, getPublishedCourse } from "@/lib/courses/get-course";
import { canManageCourse } from "@/lib/courses/policy";
import { courseForumFor } from "@/lib/discussions/get-discussion";
import { discussionPath } from "@/lib/discussions/links";
import { canEnrol } from "@/lib/enrollments/policy";
import { liveEnrollmentOf } from "@/lib/enrollments/read-enrollments";
import { type ErrorCode, nullOn } from "@/lib/errors";

type Props = { params: Promise<{ slug: string }> };

// Rendered per request from the read cache, so a course edit shows at once.
export const dynamic = "force-dynamic";

// One lookup per request, shared by the metadata and the page. A published course comes
// from the read cache, and the session is read only when the browser says it holds one (the
// hint cookie): a visitor's view costs no session work at all. A signed-in reader may be the
// course's teacher or an admin, who get the way to edit it instead of the enrolment panel.
// For any other slug the session is asked, so that they may preview a draft or an archived
// course. A course the visitor may not see, or a slug that cannot exist, is simply not there.
const notThere: ErrorCode[] = ["NOT_FOUND", "BAD_REQUEST"];
const findCourse = cache(async (slug: string) => {
  const published = await nullOn(getPublishedCourse({ slug }), notThere);
  const actor = !published || (await cookies()).has(SESSION_HINT_COOKIE) ? await getSessionActor() : null;
  const course = published ?? (actor ? await nullOn(getCourse(actor, { slug }), notThere) : null);
  return course && { ...course, actor, managed: canManageCourse(actor, { teacherId: course.teacher.id }) };
});

/** Who reads the enrol card; a student's live enrolment is per user, so never cached. */
async function enrolViewer(actor: MaybeActor, courseId: number): Promise<EnrolViewer> {
  if (!actor) return { kind: "visitor" };
  if (!canEnrol(actor)) return { kind: "staff" };
  return { kind: "student", enrolment: await liveEnrollmentOf(actor.id, courseId) };
}

// The metadata does not call notFound(): the page does, so its 404 boundary renders in place.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = await findCourse((await params).slug);
  if (!course) return { title: (await getT("Course"))("notFoundTitle") };
  return { title: course.title, description: excerpt(course.description, 160) || undefined };
}

export default async function CoursePage({ params }: Props) {
  const course = await findCourse((await params).slug);
  if (!course) notFound();
  // The Q&A forum is linked for whoever may read it (its students, its teacher, admins).
  const [t, manage, viewer, forum] = await Promise.all([
    getT("Course"),
    getT("CourseManage"),
    enrolViewer(course.actor, course.id),
    course.actor ? courseForumFor(course.actor, course.id) : null,
  ]);
  const summary = excerpt(course.description, 220);

  return (
    // One grid for the header and the body, so the enrol card can sit beside both and
    // stay in view while the visitor reads. The header's band is drawn full-bleed behind it.
    <div className="overflow-x-clip">
      <Container size="wide" className="grid gap-x-12 lg:grid-cols-[minmax(0,1fr)_22rem] lg:grid-rows-[auto_1fr]">
        <header className="relative isolate py-10 before:absolute before:inset-y-0 before:-right-[100vw] before:-left-[100vw] before:-z-10 before:border-b before:border-slate-200 before:bg-linear-to-b before:from-slate-50 before:to-white sm:py-14">
          <Link href="/courses" className="inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900">
            <ChevronLeftIcon className="size-4" />
            {t("allCourses")}
          </Link>
          {course.managed && course.status !== "Published" && (
            <FormAlert tone="info" className="mt-6">
              {course.status === "Archived" ? manage("archivedBanner") : manage("draftBanner")}
            </FormAlert>
          )}
          {course.category && (
            <Link href={`/courses?categoryId=${course.category.id}`} className="mt-6 block w-fit rounded-full">
              <Badge tone="brand" className="hover:bg-brand-100">
                {course.category.name}
              </Badge>
            </Link>
          )}
          <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance text-slate-900 sm:text-4xl">{course.title}</h1>
          {summary && <p className="mt-4 max-w-2xl text-lg text-pretty text-slate-600">{summary}</p>}
          <CourseOpensOn releaseDate={course.releaseDate} className="mt-4" />
          <div className="mt-6 flex items-center gap-3">
            <Avatar name={course.teacher.fullName} src={course.teacher.avatarUrl} size="lg" />
            <div className="min-w-0">
              <p className="text-sm text-slate-600">{t("taughtBy")}</p>
              <p className="truncate font-medium text-slate-900">{course.teacher.fullName}</p>
            </div>
          </div>
          <ul className="mt-6 flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-600">
            <li>
              <StatTile icon={<UsersIcon className="size-4 text-slate-500" />}>{t("enrolled", { count: course.studentsCount })}</StatTile>
            </li>
            <li>
              <StatTile icon={<LayersIcon className="size-4 text-slate-500" />}>{t("modules", { count: course.modulesCount })}</StatTile>
            </li>
            <li>
              <StatTile icon={<ListIcon className="size-4 text-slate-500" />}>{t("learningItems", { count: course.contentsCount })}</StatTile>
            </li>
          </ul>
        </header>

        <aside aria-label={t("enrolment")} className="lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:pt-10 lg:pb-16">
          <div className="lg:sticky lg:top-24">
            {course.managed ? <CourseManageCard course={course} /> : <CourseEnrolCard course={course} viewer={viewer} />}
          </div>
        </aside>

        <div className="min-w-0 space-y-14 py-12 sm:py-16 lg:col-start-1">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              {t("about")}
            </h2>
            <div className="mt-4">
              {course.description.trim() ? (
                <Markdown headingBase={3}>{course.description}</Markdown>
              ) : (
                <p className="text-slate-600">{t("noDescription")}</p>
              )}
            </div>
          </section>
          <section aria-labelledby="outline-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="outline-heading" className="text-xl font-semibold tracking-tight text-slate-900">
                {t("outline")}
              </h2>
              <p className="text-sm text-slate-600">
                {t("modules", { count: course.modulesCount })} · {t("items", { count: course.contentsCount })}
              </p>
            </div>
            <div className="mt-5">
              <CourseOutline modules={course.modules} />
            </div>
          </section>
          {forum && (
            <section aria-labelledby="forum-heading" className="space-y-3">
              <h2 id="forum-heading" className="text-xl font-semibold tracking-tight text-slate-900">
                {t("forumTitle")}
              </h2>
              <p className="text-slate-600">{t("forumText")}</p>
              <ButtonLink href={discussionPath(forum.id)} variant="secondary">
                {t("openForum")}
              </ButtonLink>
            </section>
          )}
        </div>
      </Container>
    </div>
  );
}
