"use client";
// An ASSIGNMENT: instructions, an optional due date, what students may hand in, and when it
// counts as complete (on submission, or on a passing grade). Grades are out of a fixed 100.
import { useWatch } from "react-hook-form";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { DateTimeField, TextField } from "@/components/forms/text-field";
import type { AssignmentValues } from "./content-values";
import { ContentBasics, type ContentFormProps, ContentFormShell, numberOf, useContentForm } from "./content-form";
import { fromWallClock } from "./course-release-date";

type AssignmentFormProps = ContentFormProps<AssignmentValues> & {
  /** The zone the due date's wall-clock time is in, and the hint that names it. */
  timeZone: string;
  dueAtHint: string;
  maxScore: number;
};

export function AssignmentForm({ timeZone, dueAtHint, maxScore, ...props }: AssignmentFormProps) {
  const toInput = (values: AssignmentValues) => ({
    ...values,
    dueAt: fromWallClock(values.dueAt, timeZone),
    passMark: values.completionRule === "On passing grade" ? (numberOf(values.passMark) ?? null) : null,
  });
  const { form, onSubmit, t } = useContentForm({ ...props, toInput, schema: () => import("@/lib/contents/schemas").then((schemas) => schemas.ZAssignmentInput) });
  const rule = useWatch({ control: form.control, name: "completionRule" });
  return (
    <ContentFormShell form={form} onSubmit={onSubmit} isNew={props.contentRef.contentId === null}>
      <ContentBasics form={form} />
      <MarkdownEditor
        form={form}
        name="body"
        label={t("assignmentInstructions")}
        hint={t("assignmentInstructionsHint")}
        writeLabel={t("write")}
        previewLabel={t("preview")}
        emptyPreview={t("emptyPreview")}
        headingBase={2}
        rows={10}
      />
      <DateTimeField form={form} name="dueAt" label={t("dueAt")} hint={dueAtHint} className="sm:max-w-xs" />
      <CheckboxGroup
        form={form}
        name="submissionKinds"
        label={t("submissionKinds")}
        hint={t("submissionKindsHint")}
        choices={[
          { value: "Text", label: t("kindText") },
          { value: "URL", label: t("kindUrl") },
          { value: "File", label: t("kindFile") },
        ]}
      />
      <p className="text-sm text-slate-700">{t("maxScore", { score: maxScore })}</p>
      <RadioGroup
        form={form}
        name="completionRule"
        label={t("completionRule")}
        look="cards"
        choices={[
          { value: "On submission", label: t("onSubmission"), hint: t("onSubmissionHint") },
          { value: "On passing grade", label: t("onPassingGrade"), hint: t("onPassingGradeHint") },
        ]}
      />
      {rule === "On passing grade" && (
        <TextField form={form} name="passMark" label={t("passMark")} hint={t("assignmentPassMarkHint", { score: maxScore })} type="number" inputMode="numeric" min={0} max={100} step={1} className="sm:max-w-xs" />
      )}
    </ContentFormShell>
  );
}
