import { beforeEach, describe, expect, it } from "vitest";
import { getContent } from "@/lib/contents/get-content";
import { db } from "@/lib/db";
import { completeContent } from "@/lib/learning/complete-content";
import { getContentState } from "@/lib/learning/content-state";
import { progressOf, quizSpec, studyCourse } from "./learning-helpers";

type Course = Awaited<ReturnType<typeof studyCourse>>;
let course: Course;

beforeEach(async () => {
  course = await studyCourse([quizSpec(), { title: "Reading", type: "LESSON" }]);
  await db.content.update({ where: { id: course.contents[0]!.id }, data: { passMark: 75, maxAttempts: 3 } });
});

/** The answers: right / wrong per question. */
function answers(single: "right" | "wrong", multiple: "right" | "partial") {
  const [q1, q2] = course.contents[0]!.questions;
  return {
    [q1!.id]: [q1!.options[single === "right" ? 0 : 1]!.id],
    [q2!.id]: multiple === "right" ? [q2!.options[0]!.id, q2!.options[1]!.id] : [q2!.options[0]!.id],
  };
}

const take = (input: unknown) => completeContent(course.student, course.refOf(0), input);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: { status?: number; fieldErrors?: unknown }) => ({ status: error.status, fieldErrors: error.fieldErrors }));

describe("a quiz attempt", () => {
  it("is graded on the server, all or nothing per question, with two decimals", async () => {
    const outcome = await take({ answers: answers("right", "partial") });
    expect(outcome.attempt).toMatchObject({ points: 1, maxPoints: 4, percentage: 25, score: 25, passMark: 75, passed: false, attemptsUsed: 1, attemptsLeft: 2, best: 25 });
    expect(outcome).toMatchObject({ completed: false, progressPercentage: 0 });
    const stored = await db.quizAttempt.findFirstOrThrow({ where: { studentId: course.student.id } });
    expect(Number(stored.percentage)).toBe(25);
  });

  it("must answer every question with that question's options, exactly one for a single choice", async () => {
    const [q1, q2] = course.contents[0]!.questions;
    const good = answers("right", "right");
    for (const input of [
      { answers: { [q1!.id]: good[q1!.id] } },
      { answers: { ...good, [q1!.id]: [q2!.options[0]!.id] } },
      { answers: { ...good, [q1!.id]: q1!.options.map((option) => option.id) } },
      { answers: { ...good, 999999: [1] } },
      { answers: "all of them" },
    ]) {
      expect(await failure(take(input))).toMatchObject({ status: 400 });
    }
    expect(await db.quizAttempt.count({ where: { studentId: course.student.id } })).toBe(0);
  });

  it("passing completes it; the best score counts and a later worse attempt takes nothing away", async () => {
    await take({ answers: answers("wrong", "partial") });
    const passed = await take({ answers: answers("right", "right") });
    expect(passed).toMatchObject({ completed: true, progressPercentage: 50, attempt: { percentage: 100, passed: true, best: 100 } });
    const worse = await take({ answers: answers("right", "partial") });
    expect(worse).toMatchObject({ completed: true, attempt: { percentage: 25, best: 100, attemptsLeft: 0 } });
    const completion = await db.completion.findFirstOrThrow({ where: { studentId: course.student.id } });
    expect(completion.grade).toBe(100);
    expect(completion.quizAnswers).toEqual(Object.fromEntries(Object.entries(answers("right", "right")).map(([k, v]) => [k, [...v].sort((a, b) => a - b)])));
    expect((await getContentState(course.student, course.refOf(0))).quiz).toMatchObject({ attemptsUsed: 3, attemptsLeft: 0, bestPercentage: 100 });
    expect((await progressOf(course.enrollment.id)).progressPercentage).toBe(50);
  });

  it("is refused once the attempts are used up (409), also when they are made at the same time", async () => {
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => take({ answers: answers("wrong", "partial") })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.status)).toEqual([409, 409, 409]);
    expect(await db.quizAttempt.count({ where: { studentId: course.student.id } })).toBe(3);
  });

  it("never shows correct options before submitting, and after only when the teacher allows", async () => {
    const view = await getContent(course.student, course.course.id, course.refOf(0).moduleId, course.refOf(0).contentId);
    expect(JSON.stringify(view)).not.toContain("isCorrect");
    const hidden = await take({ answers: answers("right", "partial") });
    expect(hidden.attempt).not.toHaveProperty("questions");
    await db.content.update({ where: { id: course.contents[0]!.id }, data: { showCorrectAnswers: true } });
    const shown = await take({ answers: answers("right", "partial") });
    const [q1, q2] = course.contents[0]!.questions;
    expect(shown.attempt?.questions).toEqual([
      { questionId: q1!.id, correct: true, chosenOptionIds: [q1!.options[0]!.id], correctOptionIds: [q1!.options[0]!.id] },
      { questionId: q2!.id, correct: false, chosenOptionIds: [q2!.options[0]!.id], correctOptionIds: [q2!.options[0]!.id, q2!.options[1]!.id] },
    ]);
  });
});
