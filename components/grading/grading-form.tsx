"use client";
// The grade of one submission: a score out of 100 and markdown feedback with a preview,
// checked with the API's schema before it is sent; a toast says it was saved.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { gradeSubmissionAction } from "@/app/teach/grading/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { TextField } from "@/components/forms/text-field";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

type GradeValues = { grade: string; feedback: string };

type GradingFormProps = {
  courseId: number;
  completionId: number;
  initial: GradeValues;
  /** The rule's line under the score, worded by the page (it names the pass mark). */
  scoreHint: string;
  save: typeof gradeSubmissionAction;
};

/** The typed score as the API's number: blank is missing, anything else is read as typed. */
const toInput = (values: GradeValues) => ({ grade: values.grade.trim() === "" ? undefined : Number(values.grade), feedback: values.feedback });

export function GradingForm({ courseId, completionId, initial, scoreHint, save }: GradingFormProps) {
  const t = useClientText("GradingForm");
  const router = useRouter();
  const [resolver] = useState(() =>
    lazyZodResolver(() =>
      Promise.all([import("zod"), import("@/lib/grading/schemas")]).then(
        ([{ z }, { ZGradeInput }]) => z.preprocess((values) => toInput(values as GradeValues), ZGradeInput) as unknown as import("zod").ZodType<GradeValues, GradeValues>,
      ),
    ),
  );
  const form = useForm<GradeValues>({ resolver, defaultValues: initial });
  useUnsavedChanges(form.formState.isDirty, t("unsavedChanges"));
  const graded = initial.grade !== "";

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await save({ courseId, completionId, input: toInput(values) });
    if (!result.ok) return showActionErrors(form, result, ["grade", "feedback"]);
    form.reset(values);
    toast(t("saved"));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError form={form} />
      <TextField form={form} name="grade" label={t("score")} hint={scoreHint} type="number" inputMode="numeric" min={0} max={100} step={1} className="sm:max-w-xs" />
      <MarkdownEditor
        form={form}
        name="feedback"
        label={t("feedback")}
        hint={t("feedbackHint")}
        writeLabel={t("write")}
        previewLabel={t("preview")}
        emptyPreview={t("emptyPreview")}
        headingBase={3}
        rows={8}
      />
      <div className="border-t border-slate-200 pt-5">
        <Button type="submit" pending={form.formState.isSubmitting}>
          {graded ? t("update") : t("save")}
        </Button>
      </div>
    </form>
  );
}
