// The student's saved assignment submission: what they handed in and when (late or not), and
// once graded the grade and the teacher's feedback, after which it can no longer change.
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDateTime } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import { getT } from "@/lib/i18n/translator";
import type { SubmissionView } from "@/lib/learning/views";

export async function SubmissionSummary({ submission }: { submission: SubmissionView }) {
  const [t, locale, timeZone] = await Promise.all([getT("Learn"), getLocale(), getTimeZone()]);
  const when = (iso: string) => formatDateTime(iso, locale, timeZone) ?? "";
  return (
    <section aria-labelledby="submission-title" className="space-y-4 rounded-xl border border-slate-200 bg-slate-50 p-5">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="submission-title" className="text-base font-semibold text-slate-900">
          {t("submissionTitle")}
        </h2>
        <span className="text-sm text-slate-600">{t("submittedAt", { date: when(submission.submittedAt) })}</span>
        {submission.late && <Badge tone="warning">{t("late")}</Badge>}
      </div>
      {submission.text && (
        <div>
          <h3 className="text-sm font-medium text-slate-700">{t("answerHeading")}</h3>
          <p className="mt-1 text-sm whitespace-pre-wrap text-slate-900">{submission.text}</p>
        </div>
      )}
      {submission.url && (
        <div>
          <h3 className="text-sm font-medium text-slate-700">{t("linkHeading")}</h3>
          <a href={submission.url} target="_blank" rel="noopener noreferrer" className="text-link mt-1 block text-sm break-all">
            {submission.url}
          </a>
        </div>
      )}
      {submission.file && (
        <div>
          <h3 className="text-sm font-medium text-slate-700">{t("fileHeading")}</h3>
          <a href={submission.file.downloadUrl} download={submission.file.name} className="text-link mt-1 block text-sm break-all">
            {submission.file.name}
          </a>
        </div>
      )}
      {submission.gradedAt === null ? (
        <p className="text-sm text-slate-700">{t("awaitingGrade")}</p>
      ) : (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          <p className="flex flex-wrap items-center gap-3">
            <span className="text-lg font-semibold text-slate-900">{t("grade", { grade: submission.grade ?? 0 })}</span>
            <span className="text-sm text-slate-600">{t("gradedAt", { date: when(submission.gradedAt) })}</span>
          </p>
          {submission.feedback && (
            <div>
              <h3 className="text-sm font-medium text-slate-700">{t("feedback")}</h3>
              <Markdown headingBase={3}>{submission.feedback}</Markdown>
            </div>
          )}
          <p className="text-sm text-slate-600">{t("gradedLocked")}</p>
        </div>
      )}
    </section>
  );
}
