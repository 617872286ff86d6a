// An assignment as a student meets it: instructions, due date, how it is scored and counted,
// and the submission form for what it asks (text, a link, a file). `disabledReason` switches
// the form off and says why (the preview takes no submission); the student's reader hands in
// its working form instead (`form`).
import type { ReactNode } from "react";
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDateTime } from "@/components/format";
import { FileField } from "@/components/forms/file-field";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { getT } from "@/lib/i18n/translator";
import type { ContentOf } from "./views";

type AssignmentViewProps = { content: ContentOf<"Assignment">; headingBase: 2 | 3; disabledReason?: string; form?: ReactNode };

export async function AssignmentView({ content, headingBase, disabledReason, form }: AssignmentViewProps) {
  const [t, locale, timeZone] = await Promise.all([getT("Reader"), getLocale(), getTimeZone()]);
  const kinds = new Set(content.submissionKinds);
  const Heading = headingBase === 2 ? "h2" : "h3";
  return (
    <div className="space-y-6">
      <ul className="flex flex-wrap gap-2 text-sm">
        <li className="rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-700">
          {content.dueAt ? t("due", { date: formatDateTime(content.dueAt, locale, timeZone) ?? "" }) : t("noDue")}
        </li>
        <li className="rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-700">{t("scoredOutOf", { max: content.maxScore })}</li>
      </ul>
      {content.body.trim() && <Markdown headingBase={headingBase}>{content.body}</Markdown>}
      <div className="space-y-2">
        <Heading className="text-base font-semibold text-slate-900">{t("toSubmit")}</Heading>
        <ul className="list-disc space-y-1 pl-6 text-slate-700">
          {content.submissionKinds.map((kind) => (
            <li key={kind}>{t("kind", { kind })}</li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">
          {content.completionRule === "On passing grade" && content.passMark !== null
            ? t("completeOnGrade", { passMark: content.passMark })
            : t("completeOnSubmission")}
        </p>
      </div>
      {form ?? <form className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs" aria-label={t("yourSubmission")}>
        <fieldset disabled={disabledReason !== undefined} className="space-y-4">
          {kinds.has("Text") && <TextareaField name="text" id={`assignment-${content.id}-text`} label={t("answerLabel")} rows={6} />}
          {kinds.has("URL") && <TextField name="url" id={`assignment-${content.id}-url`} type="url" label={t("urlLabel")} placeholder="https://" />}
          {kinds.has("File") && (
            <FileField name="file" id={`assignment-${content.id}-file`} label={t("fileLabel")} chooseLabel={t("chooseFile")} noFileLabel={t("noFile")} disabled={disabledReason !== undefined} />
          )}
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <Button type="submit">{t("submit")}</Button>
            {disabledReason && <p className="text-sm text-slate-600">{disabledReason}</p>}
          </div>
        </fieldset>
      </form>}
    </div>
  );
}
