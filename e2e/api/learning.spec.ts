// Completing contents over real HTTP, as an API client does: a lesson with {}, a quiz with its
// answers (the score comes back, the correct options only when the teacher shows them), an
// assignment as JSON and as multipart with a file, and the student's own progress on a content.
import { db } from "@/lib/db";
import { makeAssignmentContent, makeEnrollment } from "../../tests/factories";
import { pdfBytes } from "../../tests/contents/file-samples";
import { expect, type Make, test } from "../support/fixtures";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function studiedCourse(make: Make, opts: { showCorrectAnswers: boolean }) {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({
    teacherId: teacher.id,
    outline: [
      {
        title: "Basics",
        contents: [
          { title: "Welcome", type: "LESSON", body: "Hello." },
          { title: "Check", type: "QUIZ", questions: [{ prompt: "2 + 2?", options: [{ text: "4", isCorrect: true }, { text: "5" }] }] },
        ],
      },
    ],
  });
  const [lesson, quiz] = await db.content.findMany({ where: { module: { courseId: course.id } }, orderBy: { position: "asc" }, include: { questions: { include: { options: true } } } });
  await db.content.update({ where: { id: quiz!.id }, data: { passMark: 100, maxAttempts: 2, showCorrectAnswers: opts.showCorrectAnswers } });
  const assignment = await makeAssignmentContent({ moduleId: lesson!.moduleId, title: "Essay", dueAt: new Date(Date.now() - 60_000) });
  const student = await make.user();
  await makeEnrollment({ studentId: student.id, courseId: course.id });
  const base = `/api/v1/courses/${course.id}/modules/${lesson!.moduleId}/contents`;
  const question = quiz!.questions[0]!;
  const right = question.options.find((option) => option.isCorrect)!;
  const wrong = question.options.find((option) => !option.isCorrect)!;
  return { student, base, lesson: lesson!, quiz: quiz!, assignment, question, right, wrong };
}

test("a lesson is completed with {}, and progress comes back with two decimals", async ({ request, make, apiTokenFor }) => {
  const { student, base, lesson } = await studiedCourse(make, { showCorrectAnswers: false });
  const response = await request.post(`${base}/${lesson.id}/complete`, { headers: bearer(await apiTokenFor(student)), data: {} });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    success: true,
    statusCode: 200,
    message: "Successfully completed the content.",
    data: { completion: { contentId: lesson.id, completed: true, progressPercentage: 33.33, enrollmentStatus: "In Progress" } },
    errors: null,
  });
});

test("a quiz attempt is graded on the server; the correct options come back only when the teacher shows them", async ({ request, make, apiTokenFor }) => {
  const hidden = await studiedCourse(make, { showCorrectAnswers: false });
  const token = await apiTokenFor(hidden.student);
  const failed = await request.post(`${hidden.base}/${hidden.quiz.id}/complete`, { headers: bearer(token), data: { answers: { [hidden.question.id]: [hidden.wrong.id] } } });
  expect(failed.status()).toBe(200);
  const failedBody = await failed.json();
  expect(failedBody).toMatchObject({ message: "Successfully submitted the quiz answers.", data: { completion: { completed: false, attempt: { score: 0, passed: false, attemptsUsed: 1, attemptsLeft: 1 } } } });
  expect(failedBody.data.completion.attempt).not.toHaveProperty("questions");

  const shown = await studiedCourse(make, { showCorrectAnswers: true });
  const passed = await request.post(`${shown.base}/${shown.quiz.id}/complete`, { headers: bearer(await apiTokenFor(shown.student)), data: { answers: { [shown.question.id]: [shown.right.id] } } });
  expect((await passed.json()).data.completion).toMatchObject({
    completed: true,
    attempt: { score: 100, passed: true, questions: [{ questionId: shown.question.id, correct: true, correctOptionIds: [shown.right.id], chosenOptionIds: [shown.right.id] }] },
  });

  const unanswered = await request.post(`${hidden.base}/${hidden.quiz.id}/complete`, { headers: bearer(token), data: { answers: {} } });
  expect(unanswered.status()).toBe(400);
  expect((await unanswered.json()).errors).toEqual([expect.objectContaining({ field: `answers.${hidden.question.id}` })]);
});

test("an assignment is handed in as JSON, then replaced by multipart with a file; it is late, and the student reads it back", async ({ request, make, apiTokenFor }) => {
  const { student, base, assignment } = await studiedCourse(make, { showCorrectAnswers: false });
  const token = await apiTokenFor(student);
  const json = await request.post(`${base}/${assignment.id}/complete`, { headers: bearer(token), data: { text: "My essay", url: "https://example.com/essay" } });
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({ message: "Successfully submitted the assignment.", data: { completion: { completed: true, submission: { text: "My essay", url: "https://example.com/essay", late: true, file: null } } } });

  const multipart = await request.post(`${base}/${assignment.id}/complete`, {
    headers: bearer(token),
    multipart: { text: "My essay, revised", file: { name: "essay.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) } },
  });
  expect(multipart.status()).toBe(200);
  const progress = await request.get(`${base}/${assignment.id}/progress`, { headers: bearer(token) });
  expect(await progress.json()).toMatchObject({
    message: "Successfully retrieved the content progress.",
    data: { completion: { submission: { text: "My essay, revised", late: true, file: { name: "essay.pdf", type: "application/pdf" } } } },
  });
});
