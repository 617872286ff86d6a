// The reader with the student's working parts: ticks in the outline, "Mark as complete" under
// a lesson, video, link or file, the quiz and assignment forms with what was already done,
// the keyboard shortcuts, and once the course is completed the way to its certificate.
import { ScopedText } from "@/components/i18n/scoped-text";
import { AssignmentForm } from "@/components/reader/assignment-form";
import { CourseReader } from "@/components/reader/course-reader";
import { MarkComplete } from "@/components/reader/mark-complete";
import { QuizAttempts } from "@/components/reader/quiz-attempts";
import { QuizForm, type QuizQuestion } from "@/components/reader/quiz-form";
import { ReaderShortcuts } from "@/components/reader/reader-shortcuts";
import { SubmissionSummary } from "@/components/reader/submission-summary";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { CheckCircleIcon } from "@/components/ui/icons";
import { requireSessionActor } from "@/lib/auth/session";
import { courseForumFor } from "@/lib/discussions/get-discussion";
import { discussionPath } from "@/lib/discussions/links";
import { getT } from "@/lib/i18n/translator";
import type { StudentReader } from "@/lib/reader/student-reader";
import { completeContentAction } from "./[contentId]/actions";

type OpenReader = Extract<StudentReader, { state: "open" }>;

const MARKED_TYPES = new Set(["Lesson", "Video", "Link", "File"]);

type ReaderQuestion = { id: number; prompt: string; type: string; points: number; options: { id: number; text: string }[] };

/** Only what a student may hold before answering: each option's id and text, never whether it is right. */
const quizQuestions = (questions: ReaderQuestion[]): QuizQuestion[] =>
  questions.map(({ id, prompt, type, points, options }) => ({
    id,
    prompt,
    type: type === "Multiple choice" ? "Multiple choice" : "Single choice",
    points,
    options: options.map((option) => ({ id: option.id, text: option.text })),
  }));

async function CompletedBanner({ certificateCode }: { certificateCode: string | null }) {
  const t = await getT("Learn");
  return (
    <div role="status" className="flex flex-wrap items-center gap-x-4 gap-y-3 rounded-xl border border-emerald-200 bg-emerald-50 px-5 py-4 text-emerald-900">
      <CheckCircleIcon className="size-6 shrink-0" />
      <p className="min-w-0 flex-1 font-medium">{t("courseCompleted")}</p>
      {certificateCode && <ButtonLink href={`/certificates/${certificateCode}`}>{t("viewCertificate")}</ButtonLink>}
    </div>
  );
}

export async function StudyPage({ reader: open }: { reader: OpenReader }) {
  const { reader, record } = open;
  const basePath = `/learn/${open.course.slug}`;
  const actor = await requireSessionActor({ returnTo: basePath });
  const [t, forum] = await Promise.all([getT("Learn"), courseForumFor(actor, open.course.id)]);
  const content = reader.content;
  const ref = content ? { courseId: open.course.id, moduleId: content.moduleId, contentId: content.id } : null;
  const submission = record?.submission ?? null;
  return (
    <Container className="py-8">
      <ScopedText namespaces={["LearnForms"]}>
      <CourseReader
        reader={reader}
        basePath={basePath}
        completed={open.completedIds.length}
        banner={open.completed ? <CompletedBanner certificateCode={open.completed.certificateCode} /> : undefined}
        study={{
          completedIds: open.completedIds,
          forumHref: forum ? discussionPath(forum.id) : undefined,
          complete: content && ref && MARKED_TYPES.has(content.type) ? <MarkComplete completed={record?.completed ?? false} markComplete={completeContentAction.bind(null, { ref, input: {} })} /> : undefined,
          quizForm:
            content?.type === "Quiz" && ref && record?.quiz ? (
              <div className="space-y-6">
                <QuizAttempts quiz={record.quiz} />
                <QuizForm quizId={content.id} questions={quizQuestions(content.questions)} attemptsLeft={record.quiz.attemptsLeft} contentRef={ref} complete={completeContentAction} />
              </div>
            ) : undefined,
          assignmentForm:
            content?.type === "Assignment" && ref ? (
              <div className="space-y-4">
                {submission && <SubmissionSummary submission={submission} />}
                {submission?.gradedAt == null && (
                  <AssignmentForm
                    endpoint={`/api/learn/courses/${ref.courseId}/contents/${ref.contentId}/submission`}
                    kinds={content.submissionKinds}
                    saved={submission && { text: submission.text, url: submission.url, fileName: submission.file?.name ?? null }}
                  />
                )}
              </div>
            ) : undefined,
          footer: (
            <>
              <ReaderShortcuts previousHref={reader.previous && `${basePath}/${reader.previous.id}`} nextHref={reader.next && `${basePath}/${reader.next.id}`} />
              <p className="hidden text-sm text-slate-600 lg:block">{t("shortcuts")}</p>
            </>
          ),
        }}
      />
      </ScopedText>
    </Container>
  );
}
