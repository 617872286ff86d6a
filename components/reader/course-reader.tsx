// The reader: the course outline beside one content, its progress, and previous/next. The
// teacher's "preview as student" renders it with a banner and the quiz and assignment forms
// switched off; the student's reader (app/learn) hands in its working parts: the ticks, the
// "Mark as complete" button, and the quiz and assignment forms.
import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { ContentTypeIcon } from "@/components/courses/content-type-icon";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";
import { getT } from "@/lib/i18n/translator";
import type { CourseReader as CourseReaderData } from "@/lib/reader/course-reader";
import { AssignmentView } from "./assignment-view";
import { FileView } from "./file-view";
import { LessonView } from "./lesson-view";
import { LinkView } from "./link-view";
import { QuizView } from "./quiz-view";
import { ReaderOutline } from "./reader-outline";
import { ReaderPager } from "./reader-pager";
import { ReaderProgress } from "./reader-progress";
import { VideoView } from "./video-view";

type CourseReaderProps = {
  reader: CourseReaderData;
  /** A content's page is `${basePath}/${contentId}`. */
  basePath: string;
  /** How many of the course's contents the reader has completed. */
  completed: number;
  /** Shown above everything (the preview's notice). */
  banner?: ReactNode;
  /** When given, the quiz and assignment forms are switched off, saying why. */
  disabledReasons?: { quiz: string; assignment: string };
  /** The content title's level: h1 on a page of its own, h2 under a page heading. */
  titleAs?: "h1" | "h2";
  /** The student's reader: the contents completed, and what lets them work on the content. */
  study?: StudyParts;
};

export type StudyParts = {
  completedIds: readonly number[];
  /** Under the outline: the course's Q&A forum. */
  forumHref?: string;
  /** Under a lesson, video, link or file: the "Mark as complete" button. */
  complete?: ReactNode;
  /** Instead of the preview's switched-off forms. */
  quizForm?: ReactNode;
  assignmentForm?: ReactNode;
  /** Under previous/next: the keyboard shortcuts and their hint. */
  footer?: ReactNode;
};

type ContentBodyProps = { content: NonNullable<CourseReaderData["content"]>; headingBase: 2 | 3; disabledReasons?: CourseReaderProps["disabledReasons"]; study?: StudyParts };

function ContentBody({ content, headingBase, disabledReasons, study }: ContentBodyProps) {
  switch (content.type) {
    case "Lesson":
      return <LessonView content={content} headingBase={headingBase} />;
    case "Video":
      return <VideoView content={content} />;
    case "Link":
      return <LinkView content={content} />;
    case "File":
      return <FileView content={content} />;
    case "Quiz":
      return <QuizView content={content} headingBase={headingBase} disabledReason={disabledReasons?.quiz} form={study?.quizForm} />;
    case "Assignment":
      return <AssignmentView content={content} headingBase={headingBase} disabledReason={disabledReasons?.assignment} form={study?.assignmentForm} />;
  }
}

export async function CourseReader({ reader, basePath, completed, banner, disabledReasons, titleAs: Title = "h1", study }: CourseReaderProps) {
  const [t, course, locale] = await Promise.all([getT("Reader"), getT("Course"), getLocale()]);
  const { content } = reader;
  const moduleIndex = content ? reader.modules.findIndex((module) => module.id === content.moduleId) : -1;
  const headingBase = Title === "h1" ? 2 : 3;
  const progress = <ReaderProgress completed={completed} total={reader.total} locale={locale} />;
  return (
    <div className="space-y-6">
      {banner}
      <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10">
        <div>
          <ReaderOutline
            courseTitle={reader.course.title}
            modules={reader.modules}
            currentId={content?.id ?? null}
            basePath={basePath}
            completedIds={study?.completedIds}
            summary={t("outlineSummary", { position: reader.index + 1, total: reader.total })}
            progress={progress}
          />
          {study?.forumHref && (
            <Link href={study.forumHref} className="text-link mt-4 block px-2 text-sm font-medium">
              {t("courseForum")}
            </Link>
          )}
        </div>
        {content ? (
          <article className="min-w-0 space-y-6">
            <header className="space-y-2">
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
                <span className="inline-flex items-center gap-1.5 font-medium text-brand-700">
                  <ContentTypeIcon type={content.type} className="size-4" />
                  {course("typeName", { type: content.type })}
                </span>
                {moduleIndex >= 0 && (
                  <>
                    <span aria-hidden="true">·</span>
                    <span>
                      {t("moduleNumber", { number: moduleIndex + 1 })}: {reader.modules[moduleIndex]?.title}
                    </span>
                  </>
                )}
              </p>
              <Title className="text-2xl font-semibold tracking-tight text-balance text-slate-900 sm:text-3xl">{content.title}</Title>
              {content.description && <p className="max-w-3xl text-base text-pretty text-slate-600">{content.description}</p>}
              {content.type === "Lesson" && <p className="text-sm text-slate-600">{t("readingTime", { minutes: content.readingMinutes })}</p>}
            </header>
            <ContentBody content={content} headingBase={headingBase} disabledReasons={disabledReasons} study={study} />
            {study?.complete}
            <ReaderPager previous={reader.previous} next={reader.next} basePath={basePath} />
            {study?.footer}
          </article>
        ) : (
          <EmptyState icon={<BookIcon />} title={t("emptyTitle")} description={t("emptyText")} titleAs={Title} />
        )}
      </div>
    </div>
  );
}
