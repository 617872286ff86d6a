// A quiz as a student meets it: instructions, the rules of the attempt, and the questions
// with their options, and never which options are correct: the view it is given has none.
// `disabledReason` switches the form off and says why (the preview records no attempt);
// the student's reader hands in its working form instead (`form`).
import type { ReactNode } from "react";
import { Markdown } from "@/components/ui/markdown";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-fields";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/translator";
import type { ContentOf } from "./views";

type QuizViewProps = { content: ContentOf<"Quiz">; headingBase: 2 | 3; disabledReason?: string; form?: ReactNode };

export function QuizView({ content, headingBase, disabledReason, form }: QuizViewProps) {
  const t = useT("Reader");
  const facts = [
    t("questionCount", { count: content.questionsCount }),
    t("points", { count: content.totalPoints }),
    t("passMark", { passMark: content.passMark }),
    content.maxAttempts === null ? t("unlimitedAttempts") : t("attempts", { count: content.maxAttempts }),
  ];
  return (
    <div className="space-y-6">
      {content.body.trim() && <Markdown headingBase={headingBase}>{content.body}</Markdown>}
      <ul aria-label={t("quizFacts")} className="flex flex-wrap gap-2 text-sm">
        {facts.map((fact) => (
          <li key={fact} className="rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-700">
            {fact}
          </li>
        ))}
      </ul>
      {(content.shuffleQuestions || content.shuffleOptions) && <p className="text-sm text-slate-600">{t("shuffled")}</p>}
      {form ?? <form className="space-y-6" aria-describedby={disabledReason ? `quiz-${content.id}-off` : undefined}>
        <fieldset disabled={disabledReason !== undefined} className="space-y-5">
          <ol className="space-y-5">
            {content.questions.map((question, index) => {
              const Group = question.type === "Multiple choice" ? CheckboxGroup : RadioGroup;
              return (
                <li key={question.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
                  <p className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                    {t("questionNumber", { number: index + 1 })} · {t("points", { count: question.points })}
                  </p>
                  <Group
                    name={`question-${question.id}`}
                    label={<span className="text-base font-semibold text-slate-900">{question.prompt}</span>}
                    hint={question.type === "Multiple choice" ? t("chooseAll") : t("chooseOne")}
                    choices={question.options.map((option) => ({ value: String(option.id), label: option.text }))}
                  />
                </li>
              );
            })}
          </ol>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <Button type="submit">{t("submitAnswers")}</Button>
            {disabledReason && (
              <p id={`quiz-${content.id}-off`} className="text-sm text-slate-600">
                {disabledReason}
              </p>
            )}
          </div>
        </fieldset>
      </form>}
    </div>
  );
}
