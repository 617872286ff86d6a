// One submission to grade: what the student handed in (text as plain text, a link, a file
// through its authorised download), the assignment's instructions, the grading form, and
// the way on to the next submission waiting.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTimeZone } from "next-intl/server";
import { cache } from "react";
import { formatDateTime, formatFileSize } from "@/components/format";
import { GradingForm } from "@/components/grading/grading-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Badge } from "@/components/ui/badge";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { ArrowRightIcon, ChevronLeftIcon } from "@/components/ui/icons";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { getSubmissionForGrading } from "@/lib/grading/get-submission";
import { submissionFilePath } from "@/lib/learning/submission-files-limits";
import { getT } from "@/lib/i18n/translator";
import { gradeSubmissionAction } from "../actions";

type Props = { params: Promise<{ completionId: string }> };

// One lookup per request, shared by the metadata and the page; null when it is not the actor's to grade.
const loadSubmission = cache(async (completionId: string) => {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: `/teach/grading/${completionId}` });
  const parsed = ZPathId("completionId").safeParse(completionId);
  if (!parsed.success) return null;
  return nullOn(getSubmissionForGrading(actor, parsed.data), ["NOT_FOUND", "FORBIDDEN"]);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadSubmission((await params).completionId);
  const t = await getT("Grading");
  return { title: loaded ? t("gradeMetaTitle", { assignment: loaded.assignment.title }) : t("metaTitle") };
}

export default async function GradeSubmissionPage({ params }: Props) {
  const loaded = await loadSubmission((await params).completionId);
  if (!loaded) notFound();
  const { submission, student, course, assignment, nextUngradedId } = loaded;
  const [t, locale, timeZone] = await Promise.all([getT("Grading"), getLocale(), getTimeZone()]);
  const moment = (iso: string) => formatDateTime(iso, locale, timeZone);
  const handedIn = submission.text || submission.url || submission.fileName;

  return (
    <Container size="wide" className="space-y-8 py-10">
      <Link href="/teach/grading" className="inline-flex items-center gap-1 rounded text-sm text-slate-600 hover:text-slate-900">
        <ChevronLeftIcon className="size-4" />
        {t("backToQueue")}
      </Link>
      <PageHeader
        eyebrow={course.title}
        title={assignment.title}
        description={t("submittedBy", { name: `${student.fullName} (${student.email})` })}
        actions={
          nextUngradedId ? (
            <ButtonLink href={`/teach/grading/${nextUngradedId}`} variant="secondary">
              {t("nextUngraded")}
              <ArrowRightIcon className="size-4" />
            </ButtonLink>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <div className="space-y-6">
          <Card>
            <CardHeader
              title={t("submissionTitle")}
              description={
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span>{t("submittedOn", { date: moment(submission.submittedAt) ?? "" })}</span>
                  {submission.late && <Badge tone="warning">{t("late")}</Badge>}
                  {assignment.dueAt && <span>{t("dueOn", { date: moment(assignment.dueAt) ?? "" })}</span>}
                </span>
              }
            />
            <CardBody className="space-y-5">
              {submission.text && (
                <div>
                  <h3 className="text-sm font-semibold text-slate-900">{t("textAnswer")}</h3>
                  {/* What the student typed, shown as plain text: never interpreted as markup. */}
                  <p className="mt-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm whitespace-pre-wrap text-slate-800 [overflow-wrap:anywhere]">{submission.text}</p>
                </div>
              )}
              {submission.url && (
                <div>
                  <h3 className="text-sm font-semibold text-slate-900">{t("linkAnswer")}</h3>
                  <a href={submission.url} target="_blank" rel="noopener noreferrer nofollow" className="text-link mt-2 inline-block text-sm break-all">
                    {submission.url}
                    <span className="sr-only"> {t("opensNewTab")}</span>
                  </a>
                </div>
              )}
              {submission.fileName && (
                <div>
                  <h3 className="text-sm font-semibold text-slate-900">{t("fileAnswer")}</h3>
                  <a href={submissionFilePath(submission.id)} download={submission.fileName} className={buttonClasses({ variant: "secondary", className: "mt-2 max-w-full" })}>
                    <span className="truncate">{t("download", { file: submission.fileName })}</span>
                    {loaded.fileSize !== null && <span className="text-slate-600">{formatFileSize(loaded.fileSize, locale)}</span>}
                  </a>
                </div>
              )}
              {!handedIn && <p className="text-sm text-slate-600">{t("nothingHandedIn")}</p>}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("instructionsTitle")} />
            <CardBody>{assignment.instructions.trim() ? <Markdown headingBase={3}>{assignment.instructions}</Markdown> : <p className="text-sm text-slate-600">{t("noInstructions")}</p>}</CardBody>
          </Card>
        </div>
        <Card>
          <CardHeader
            title={t("gradeTitle")}
            action={submission.gradedAt ? <Badge tone="success">{t("graded")}</Badge> : <Badge tone="warning">{t("waiting")}</Badge>}
            description={
              submission.gradedAt
                ? loaded.gradedBy
                  ? t("gradedOn", { date: moment(submission.gradedAt) ?? "", name: loaded.gradedBy, grade: submission.grade ?? 0 })
                  : t("gradedOnNoName", { date: moment(submission.gradedAt) ?? "", grade: submission.grade ?? 0 })
                : undefined
            }
          />
          <CardBody className="py-6">
            <ScopedText namespaces={["GradingForm"]}>
              <GradingForm
                key={submission.gradedAt ?? "new"}
                courseId={course.id}
                completionId={submission.id}
                initial={{ grade: submission.grade === null ? "" : String(submission.grade), feedback: submission.feedback ?? "" }}
                scoreHint={assignment.completionRule === "On passing grade" ? t("ruleOnPassingGrade", { passMark: assignment.passMark ?? 0 }) : t("ruleOnSubmission")}
                save={gradeSubmissionAction}
              />
            </ScopedText>
            {!nextUngradedId && <p className="mt-6 text-sm text-slate-600">{t("noneWaiting")}</p>}
          </CardBody>
        </Card>
      </div>
    </Container>
  );
}
