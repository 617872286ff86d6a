"use client";
// A QUIZ: its questions (added, removed, reordered) and its settings. The schema the API
// uses checks it in the browser too: every question needs a correct option, a single-choice
// question exactly one; the message shows next to the question.
import { useFieldArray } from "react-hook-form";
import { CheckboxField } from "@/components/forms/choice-fields";
import { MarkdownEditor } from "@/components/forms/markdown-editor";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { blankQuestion, type QuizLimits, type QuizValues } from "./content-values";
import { ContentBasics, type ContentFormProps, ContentFormShell, numberOf, useContentForm } from "./content-form";
import { QuizQuestion } from "./content-quiz-question";

const toInput = (values: QuizValues) => ({
  ...values,
  questions: values.questions.map((question) => ({ ...question, points: numberOf(question.points) })),
  passMark: numberOf(values.passMark),
  maxAttempts: values.maxAttempts === "" ? null : Number(values.maxAttempts),
});

export function QuizForm({ limits, ...props }: ContentFormProps<QuizValues> & { limits: QuizLimits }) {
  const { form, onSubmit, t } = useContentForm({ ...props, toInput, schema: () => import("@/lib/contents/schemas").then((schemas) => schemas.ZQuizInput) });
  const questions = useFieldArray({ control: form.control, name: "questions" });
  const attempts = Array.from({ length: limits.attemptsMax }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

  return (
    <ContentFormShell form={form} onSubmit={onSubmit} isNew={props.contentRef.contentId === null}>
      <ContentBasics form={form} />
      <MarkdownEditor
        form={form}
        name="body"
        label={t("quizInstructions")}
        hint={t("quizInstructionsHint")}
        writeLabel={t("write")}
        previewLabel={t("preview")}
        emptyPreview={t("emptyPreview")}
        rows={4}
      />
      <section aria-labelledby="quiz-questions" className="space-y-4">
        <h3 id="quiz-questions" className="text-lg font-semibold text-slate-900">
          {t("questions")}
        </h3>
        <ol className="space-y-4">
          {questions.fields.map((field, index) => (
            <QuizQuestion
              key={field.id}
              form={form}
              index={index}
              count={questions.fields.length}
              limits={limits}
              onMove={(to) => questions.move(index, to)}
              onRemove={() => questions.remove(index)}
            />
          ))}
        </ol>
        <Button variant="secondary" disabled={questions.fields.length >= limits.questionsMax} onClick={() => questions.append(blankQuestion(), { focusName: `questions.${questions.fields.length}.prompt` })}>
          {t("addQuestion")}
        </Button>
      </section>
      <section aria-labelledby="quiz-settings" className="space-y-4">
        <h3 id="quiz-settings" className="text-lg font-semibold text-slate-900">
          {t("quizSettings")}
        </h3>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="passMark" label={t("passMark")} hint={t("passMarkHint")} type="number" inputMode="numeric" min={0} max={100} step={1} />
          <SelectField form={form} name="maxAttempts" label={t("maxAttempts")} options={[{ value: "", label: t("unlimited") }, ...attempts]} />
        </div>
        <CheckboxField form={form} name="shuffleQuestions" label={t("shuffleQuestions")} />
        <CheckboxField form={form} name="shuffleOptions" label={t("shuffleOptions")} />
        <CheckboxField form={form} name="showCorrectAnswers" label={t("showCorrectAnswers")} hint={t("showCorrectAnswersHint")} />
      </section>
    </ContentFormShell>
  );
}
