"use client";
// A quiz attempt: every question answered, sent to the server, which grades it and answers
// with the score, pass or not, attempts left and, only when the teacher allows, which options
// were right. The page never holds the correct options before this answer.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useClientText } from "@/components/i18n/client-text";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { FormError } from "@/components/forms/form-alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

export type QuizQuestion = { id: number; prompt: string; type: "Single choice" | "Multiple choice"; points: number; options: { id: number; text: string }[] };

export type AttemptOutcome = {
  score: number;
  points: number;
  maxPoints: number;
  passMark: number;
  passed: boolean;
  attemptsLeft: number | null;
  best: number;
  questions?: { questionId: number; correct: boolean; correctOptionIds: number[] }[];
};

type QuizFormProps = {
  quizId: number;
  questions: QuizQuestion[];
  /** Before this visit's first attempt: how many are left (null: unlimited). */
  attemptsLeft: number | null;
  contentRef: { courseId: number; moduleId: number; contentId: number };
  /** The reader's completion action; a quiz's answer carries the attempt just graded. */
  complete: (request: { ref: QuizFormProps["contentRef"]; input: { answers: Record<string, number[]> } }) => Promise<ActionResult<{ attempt?: AttemptOutcome }>>;
};

type Values = Record<string, string | string[] | null>;

const chosenIds = (value: string | string[] | null | undefined) => (value == null ? [] : Array.isArray(value) ? value : [value]).filter(Boolean).map(Number);

function AttemptResult({ outcome, questions, onRetry }: { outcome: AttemptOutcome; questions: QuizQuestion[]; onRetry: () => void }) {
  const t = useClientText("LearnForms");
  const canRetry = outcome.attemptsLeft === null || outcome.attemptsLeft > 0;
  return (
    <section role="status" aria-labelledby="quiz-result" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="quiz-result" className="text-lg font-semibold text-slate-900">
          {t("resultTitle", { score: outcome.score })}
        </h2>
        <Badge tone={outcome.passed ? "success" : "warning"}>{outcome.passed ? t("passed") : t("notPassed")}</Badge>
      </div>
      <p className="text-sm text-slate-700">{t("pointsOf", { points: outcome.points, maxPoints: outcome.maxPoints, passMark: outcome.passMark })}</p>
      <p className="text-sm text-slate-700">
        {t("best", { best: outcome.best })} ·{" "}
        {outcome.attemptsLeft === null ? t("unlimitedAttempts") : outcome.attemptsLeft > 0 ? t("attemptsLeft", { count: outcome.attemptsLeft }) : t("noAttemptsLeft")}
      </p>
      {outcome.questions && (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("answersTitle")}</h3>
          <ol className="space-y-2 text-sm">
            {outcome.questions.map((review, index) => {
              const question = questions.find((candidate) => candidate.id === review.questionId);
              const right = question?.options.filter((option) => review.correctOptionIds.includes(option.id)).map((option) => option.text) ?? [];
              return (
                <li key={review.questionId} className="rounded-lg bg-slate-50 px-3 py-2">
                  <span className="font-medium">
                    {t("questionNumber", { number: index + 1 })}: {review.correct ? t("correct") : t("incorrect")}
                  </span>
                  {!review.correct && <span className="block text-slate-700">{t("correctAnswers", { answers: right.join(", ") })}</span>}
                </li>
              );
            })}
          </ol>
        </div>
      )}
      {canRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t("tryAgain")}
        </Button>
      )}
    </section>
  );
}

export function QuizForm({ quizId, questions, attemptsLeft, contentRef, complete }: QuizFormProps) {
  const t = useClientText("LearnForms");
  const router = useRouter();
  const form = useForm<Values>({ defaultValues: Object.fromEntries(questions.map((question) => [`q${question.id}`, question.type === "Multiple choice" ? [] : null])) });
  const [outcome, setOutcome] = useState<AttemptOutcome | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    let missing = false;
    for (const question of questions) {
      if (chosenIds(values[`q${question.id}`]).length === 0) {
        form.setError(`q${question.id}`, { message: t("answerThis") });
        missing = true;
      }
    }
    if (missing) return;
    const answers = Object.fromEntries(questions.map((question) => [String(question.id), chosenIds(values[`q${question.id}`])]));
    const result = await complete({ ref: contentRef, input: { answers } });
    if (!result.ok) {
      const placed = Object.entries(result.fieldErrors).filter(([field]) => field.startsWith("answers."));
      for (const [field, message] of placed) form.setError(`q${field.slice("answers.".length)}`, { message });
      if (placed.length === 0) form.setError("root", { message: result.error });
      return;
    }
    if (result.data.attempt) setOutcome(result.data.attempt);
    router.refresh();
  });

  if (outcome) return <AttemptResult outcome={outcome} questions={questions} onRetry={() => (form.reset(), setOutcome(null))} />;
  if (attemptsLeft === 0) return <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">{t("noAttemptsLeft")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormError form={form} />
      <ol className="space-y-5">
        {questions.map((question, index) => {
          const Group = question.type === "Multiple choice" ? CheckboxGroup : RadioGroup;
          return (
            <li key={question.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
              <p className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {t("questionNumber", { number: index + 1 })} · {t("points", { count: question.points })}
              </p>
              <Group
                form={form}
                name={`q${question.id}`}
                id={`quiz-${quizId}-q${question.id}`}
                label={<span className="text-base font-semibold text-slate-900">{question.prompt}</span>}
                hint={question.type === "Multiple choice" ? t("chooseAll") : t("chooseOne")}
                choices={question.options.map((option) => ({ value: String(option.id), label: option.text }))}
              />
            </li>
          );
        })}
      </ol>
      <Button type="submit" pending={form.formState.isSubmitting}>
        {t("submitAnswers")}
      </Button>
    </form>
  );
}
