"use client";
// One question of the quiz builder: its prompt, type and points, and 2–10 options, each
// with its text and whether it is correct: a radio for single choice (choosing one makes
// it the only correct one), a checkbox for multiple choice.
import { useEffect } from "react";
import { useFieldArray, type UseFormReturn, useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/binding";
import { ErrorLine } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import { TextareaField, TextField } from "@/components/forms/text-field";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import type { QuizLimits, QuizValues } from "./content-values";

type QuizQuestionProps = {
  form: UseFormReturn<QuizValues>;
  index: number;
  count: number;
  limits: QuizLimits;
  onMove: (to: number) => void;
  onRemove: () => void;
};

export function QuizQuestion({ form, index, count, limits, onMove, onRemove }: QuizQuestionProps) {
  const t = useClientText("ContentForms");
  const name = `questions.${index}` as const;
  const options = useFieldArray({ control: form.control, name: `${name}.options` });
  const question = useWatch({ control: form.control, name });
  const single = question?.type !== "Multiple choice";
  const correctCount = question?.options.filter((option) => option.isCorrect).length ?? 0;
  const optionsError = form.formState.errors.questions?.[index]?.options;
  const optionsMessage = optionsError?.root?.message ?? optionsError?.message;
  const groupId = fieldId(`${name}.options`);
  const number = index + 1;

  // Switching the type changes what the options must be.
  const type = question?.type;
  useEffect(() => {
    if (type && form.formState.isSubmitted) void form.trigger(`${name}.options`);
  }, [form, name, type]);

  // The rule is about the options together, so a change re-checks them together once the
  // form has been submitted (as react-hook-form does for each field after a submit).
  const setCorrect = (optionIndex: number, correct: boolean) => {
    if (single) question?.options.forEach((_, i) => form.setValue(`${name}.options.${i}.isCorrect`, i === optionIndex, { shouldDirty: true }));
    else form.setValue(`${name}.options.${optionIndex}.isCorrect`, correct, { shouldDirty: true });
    if (form.formState.isSubmitted) void form.trigger(`${name}.options`);
  };

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t("questionNumber", { number })}</legend>
        <TextareaField form={form} name={`${name}.prompt`} label={t("prompt")} rows={2} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            form={form}
            name={`${name}.type`}
            label={t("questionType")}
            options={[
              { value: "Single choice", label: t("singleChoice") },
              { value: "Multiple choice", label: t("multipleChoice") },
            ]}
          />
          <TextField form={form} name={`${name}.points`} label={t("points")} type="number" inputMode="numeric" min={1} max={limits.pointsMax} step={1} />
        </div>
        <fieldset id={groupId} aria-describedby={optionsMessage ? `${groupId}-error` : `${groupId}-hint`} className="space-y-3">
          <legend className="text-sm font-medium text-slate-900">{t("options")}</legend>
          <p id={`${groupId}-hint`} className="text-sm text-slate-600">
            {single ? t("singleChoiceHint") : t("multipleChoiceHint")}
          </p>
          <ol className="space-y-2">
            {options.fields.map((field, optionIndex) => {
              const optionNumber = optionIndex + 1;
              const correctId = `${groupId}-${optionIndex}-correct`;
              const isCorrect = question?.options[optionIndex]?.isCorrect ?? false;
              return (
                <li key={field.id} className="flex items-start gap-2 sm:gap-3">
                  <label htmlFor={correctId} className="flex h-10 shrink-0 items-center gap-2 text-sm text-slate-900">
                    <input
                      id={correctId}
                      type={single ? "radio" : "checkbox"}
                      // While a single-choice question still has several correct options (after a
                      // switch from multiple choice) each radio shows its own state until one is picked.
                      name={single && correctCount <= 1 ? `${groupId}-correct` : correctId}
                      checked={isCorrect}
                      onChange={(event) => !single && setCorrect(optionIndex, event.target.checked)}
                      onClick={() => single && setCorrect(optionIndex, true)}
                      aria-label={t("optionCorrect", { number: optionNumber })}
                      aria-invalid={optionsMessage ? true : undefined}
                      className="size-4 accent-brand-600"
                    />
                    {t("correct")}
                  </label>
                  <TextField form={form} name={`${name}.options.${optionIndex}.text`} label={t("optionNumber", { number: optionNumber })} hideLabel className="min-w-0 flex-1" />
                  <Button variant="ghost" size="sm" className="h-10 px-2 sm:px-3" disabled={options.fields.length <= limits.optionsMin} onClick={() => options.remove(optionIndex)}>
                    {t("remove")}
                    <span className="sr-only"> {t("optionNumber", { number: optionNumber })}</span>
                  </Button>
                </li>
              );
            })}
          </ol>
          <ErrorLine id={`${groupId}-error`}>{optionsMessage}</ErrorLine>
          <Button
            variant="secondary"
            size="sm"
            disabled={options.fields.length >= limits.optionsMax}
            onClick={() => options.append({ text: "", isCorrect: false }, { focusName: `${name}.options.${options.fields.length}.text` })}
          >
            {t("addOption")}
            <span className="sr-only"> {t("toQuestion", { number })}</span>
          </Button>
        </fieldset>
        <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
          <Button variant="secondary" size="sm" disabled={index === 0} onClick={() => onMove(index - 1)}>
            {t("moveUp")}
            <span className="sr-only"> {t("questionNumber", { number })}</span>
          </Button>
          <Button variant="secondary" size="sm" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            {t("moveDown")}
            <span className="sr-only"> {t("questionNumber", { number })}</span>
          </Button>
          <Button variant="ghost" size="sm" disabled={count <= 1} onClick={onRemove}>
            {t("removeQuestion")}
            <span className="sr-only"> {number}</span>
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
