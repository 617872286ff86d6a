// The student's earlier attempts at a quiz, newest last, and the best score, which is the one
// that counts.
import { Badge } from "@/components/ui/badge";
import { getT } from "@/lib/i18n/translator";
import type { ContentState } from "@/lib/learning/views";

export async function QuizAttempts({ quiz }: { quiz: NonNullable<ContentState["quiz"]> }) {
  if (quiz.attempts.length === 0) return null;
  const t = await getT("Learn");
  return (
    <section aria-labelledby="attempts-title" className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-5">
      <h2 id="attempts-title" className="text-base font-semibold text-slate-900">
        {t("attemptsTitle")}
      </h2>
      <ol className="space-y-1.5 text-sm text-slate-700">
        {quiz.attempts.map((attempt, index) => (
          <li key={attempt.id} className="flex flex-wrap items-center gap-2">
            {t("attemptLine", { number: index + 1, percentage: attempt.percentage })}
            <Badge tone={attempt.passed ? "success" : "neutral"}>{attempt.passed ? t("passed") : t("notPassed")}</Badge>
          </li>
        ))}
      </ol>
      {quiz.bestPercentage !== null && <p className="text-sm font-medium text-slate-900">{t("best", { percentage: quiz.bestPercentage })}</p>}
    </section>
  );
}
