// A content's editor page body: breadcrumbs back to the curriculum, the content's heading,
// and the form of its type. Shared by the editor of a new content and of a stored one.
import Link from "next/link";
import { ContentTypeIcon } from "@/components/courses/content-type-icon";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ATTEMPTS_MAX, ASSIGNMENT_MAX_SCORE, OPTIONS_MAX, OPTIONS_MIN, POINTS_MAX, QUESTIONS_MAX } from "@/lib/contents/schemas";
import { useT } from "@/lib/i18n/translator";
import { contentTypeLabels } from "@/lib/shared/labels";
import { AssignmentForm } from "./content-assignment-form";
import type { ContentRef, SaveContent } from "./content-form";
import { FileForm } from "./content-file-form";
import { ContentFileUpload, type StoredContentFile } from "./content-file-upload";
import { LessonForm } from "./content-lesson-form";
import { LinkForm } from "./content-link-form";
import { QuizForm } from "./content-quiz-form";
import type { ContentValues } from "./content-values";
import { VideoForm } from "./content-video-form";

const quizLimits = { questionsMax: QUESTIONS_MAX, optionsMin: OPTIONS_MIN, optionsMax: OPTIONS_MAX, pointsMax: POINTS_MAX, attemptsMax: ATTEMPTS_MAX };

type ContentEditorProps = {
  course: { id: number; title: string };
  module: { id: number; title: string };
  contentId: number | null;
  values: ContentValues;
  save: SaveContent;
  timeZone: string;
  /** A FILE's stored file, null before the first upload. */
  file?: StoredContentFile | null;
};

function TypeForm({ contentRef, values, save, timeZone }: { contentRef: ContentRef; values: ContentValues; save: SaveContent; timeZone: string }) {
  const t = useT("ContentEditor");
  switch (values.type) {
    case "LESSON":
      return <LessonForm contentRef={contentRef} initial={values} save={save} />;
    case "VIDEO":
      return <VideoForm contentRef={contentRef} initial={values} save={save} />;
    case "LINK":
      return <LinkForm contentRef={contentRef} initial={values} save={save} />;
    case "FILE":
      return <FileForm contentRef={contentRef} initial={values} save={save} />;
    case "QUIZ":
      return <QuizForm contentRef={contentRef} initial={values} save={save} limits={quizLimits} />;
    case "ASSIGNMENT":
      return <AssignmentForm contentRef={contentRef} initial={values} save={save} timeZone={timeZone} dueAtHint={t("dueAtHint", { zone: timeZone })} maxScore={ASSIGNMENT_MAX_SCORE} />;
  }
}

export function ContentEditor({ course, module, contentId, values, save, timeZone, file = null }: ContentEditorProps) {
  const t = useT("ContentEditor");
  const type = contentTypeLabels.label(values.type);
  const curriculum = `/teach/courses/${course.id}/curriculum`;
  return (
    <div className="max-w-3xl space-y-6">
      <nav aria-label={t("breadcrumbs")}>
        <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600">
          <li>
            <Link href={curriculum} className="text-link">
              {t("curriculum")}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>{module.title}</li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="font-medium text-slate-900">
            {contentId ? values.title : t("newContent", { type })}
          </li>
        </ol>
      </nav>
      <div className="flex items-start gap-3">
        <span className="mt-1 flex size-9 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 ring-1 ring-brand-200">
          <ContentTypeIcon type={type} className="size-5" />
        </span>
        <div className="min-w-0">
          <h2 className="text-xl font-semibold break-words text-slate-900">{contentId ? values.title : t("newContent", { type })}</h2>
          <p className="mt-0.5 text-sm text-slate-600">{t("typeInModule", { type, module: module.title })}</p>
        </div>
      </div>
      <ScopedText namespaces={values.type === "FILE" ? ["ContentForms", "ContentFile"] : ["ContentForms"]}>
        <Card>
          <CardBody className="py-6">
            <TypeForm contentRef={{ courseId: course.id, moduleId: module.id, contentId }} values={values} save={save} timeZone={timeZone} />
          </CardBody>
        </Card>
        {values.type === "FILE" && (
          <Card>
            <CardHeader title={t("fileTitle")} />
            <CardBody>{contentId ? <ContentFileUpload courseId={course.id} contentId={contentId} current={file} /> : <p className="text-sm text-slate-600">{t("fileAfterSave")}</p>}</CardBody>
          </Card>
        )}
      </ScopedText>
    </div>
  );
}
