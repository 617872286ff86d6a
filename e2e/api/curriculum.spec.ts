// The curriculum API over real HTTP: a teacher builds modules and all six content types,
// reorders and moves them; students read them (never the quiz answers), or only the locked
// outline when not enrolled; another teacher is refused, an admin is not; the contract's
// /programs alias serves the same modules.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { db } from "@/lib/db";
import { makeEnrollment } from "../../tests/factories";
import { expect, test } from "../support/fixtures";

type Json = Record<string, unknown>;

function client(request: APIRequestContext, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  return {
    get: (path: string) => request.get(path, { headers }),
    post: (path: string, data: unknown, extra: Record<string, string> = {}) => request.post(path, { headers: { ...headers, ...extra }, data }),
    patch: (path: string, data: unknown) => request.patch(path, { headers, data }),
    delete: (path: string) => request.delete(path, { headers }),
  };
}

async function ok(response: APIResponse, status = 200) {
  const body = await response.json();
  expect(response.status(), JSON.stringify(body.errors)).toBe(status);
  expect(body).toMatchObject({ success: true, statusCode: status, errors: null });
  return body;
}

const quiz = {
  type: "Quiz",
  title: "Check yourself",
  passMark: 60,
  maxAttempts: null,
  shuffleQuestions: true,
  questions: [
    { prompt: "Which keyword declares a constant?", type: "Single choice", points: 2, options: [{ text: "const", isCorrect: true }, { text: "var" }, { text: "let" }] },
    { prompt: "Which are primitive types?", type: "MULTIPLE_CHOICE", options: [{ text: "string", isCorrect: true }, { text: "number", isCorrect: true }, { text: "Date" }] },
    { prompt: "Is TypeScript typed?", options: [{ text: "Yes", isCorrect: true }, { text: "No" }] },
  ],
};

test("a teacher builds a curriculum over the API that students read as they may", async ({ request, make, apiTokenFor }) => {
  const [teacher, otherTeacher, admin, enrolled, outsider] = await Promise.all([
    make.user({ role: "TEACHER" }),
    make.user({ role: "TEACHER" }),
    make.user({ role: "ADMIN" }),
    make.user(),
    make.user(),
  ]);
  const course = await make.course({ teacherId: teacher.id });
  await makeEnrollment({ studentId: enrolled.id, courseId: course.id });
  const as = async (user: typeof teacher) => client(request, await apiTokenFor(user));
  const [asTeacher, asOther, asAdmin, asEnrolled, asOutsider] = await Promise.all([as(teacher), as(otherTeacher), as(admin), as(enrolled), as(outsider)]);
  const modules = `/api/v1/courses/${course.id}/modules`;

  const created = await ok(await asTeacher.post(modules, { title: "Getting started", description: "The basics" }), 201);
  expect(created.message).toBe("Successfully created a new module.");
  const first = created.data.module;
  expect(first).toMatchObject({ courseId: course.id, programId: course.id, title: "Getting started", position: 1, contents: [] });
  const second = (await ok(await asTeacher.post(modules, { title: "Going further" }), 201)).data.module;
  expect(second.position).toBe(2);

  const contents = `${modules}/${first.id}/contents`;
  const inputs = [
    { type: "lesson", title: "Why types", body: "# Types\n\nThey catch mistakes early." },
    { type: "Video", title: "A talk", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" },
    { type: "LINK", title: "Handbook", url: "https://www.typescriptlang.org/docs/", description: "The official handbook" },
    { type: "File", title: "Slides" },
    quiz,
    { type: "Assignment", title: "Build a CLI", body: "Write a small tool.", submissionKinds: ["URL", "File"], completionRule: "On passing grade", passMark: 70 },
  ];
  const ids: number[] = [];
  for (const input of inputs) {
    const body = await ok(await asTeacher.post(contents, input), 201);
    expect(body.message).toBe("Successfully created a new content.");
    ids.push(body.data.content.id);
  }
  const [lessonId, videoId, linkId, fileId, quizId, assignmentId] = ids as [number, number, number, number, number, number];
  const listed = await ok(await asTeacher.get(contents));
  expect(listed.message).toBe("Successfully retrieved all contents.");
  expect(listed.data.contents.map((c: Json) => [c.type, c.position])).toEqual([
    ["Lesson", 1],
    ["Video", 2],
    ["Link", 3],
    ["File", 4],
    ["Quiz", 5],
    ["Assignment", 6],
  ]);
  expect(listed.data.contents[1].embed).toEqual({ provider: "youtube", embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" });
  expect(listed.data.contents[4].questions[0].options[0]).toEqual({ id: expect.any(Number), text: "const", isCorrect: true });

  // A single-choice question with two correct options is refused, naming the question.
  const invalid = await asTeacher.post(contents, { ...quiz, questions: [quiz.questions[1], { prompt: "One?", options: [{ text: "a", isCorrect: true }, { text: "b", isCorrect: true }] }] });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).errors).toEqual([{ field: "questions.1.options", message: "A single-choice question has exactly one correct option." }]);

  // Reorder by position, then move the quiz to the second module.
  await ok(await asTeacher.patch(`${contents}/${assignmentId}`, { position: 1 }));
  const moved = await ok(await asTeacher.patch(`${contents}/${quizId}`, { moduleId: second.id }));
  expect(moved.data.content).toMatchObject({ moduleId: second.id, position: 1 });
  const outline = async () =>
    (await ok(await asTeacher.get(modules))).data.modules.map((m: { title: string; contents: Json[] }) => [m.title, m.contents.map((c) => `${c.position}:${c.type}`)]);
  expect(await outline()).toEqual([
    ["Getting started", ["1:Assignment", "2:Lesson", "3:Video", "4:Link", "5:File"]],
    ["Going further", ["1:Quiz"]],
  ]);
  await ok(await asTeacher.patch(`${modules}/${second.id}`, { position: 1 }));
  expect((await outline()).map(([title]: [string]) => title)).toEqual(["Going further", "Getting started"]);

  // The enrolled student reads everything, never a correct answer.
  const quizPath = `${modules}/${second.id}/contents/${quizId}`;
  const read = await asEnrolled.get(quizPath);
  const text = await read.text();
  expect(read.status()).toBe(200);
  expect(text).not.toContain("isCorrect");
  const studentQuiz = JSON.parse(text).data.content;
  expect(studentQuiz).toMatchObject({ locked: false, questionsCount: 3, totalPoints: 4, passMark: 60, maxAttempts: null });
  for (const question of studentQuiz.questions) for (const option of question.options) expect(Object.keys(option).sort()).toEqual(["id", "text"]);
  const studentList = await asEnrolled.get(`${modules}/${second.id}/contents`);
  expect(await studentList.text()).not.toContain("isCorrect");
  expect((await ok(await asEnrolled.get(`${contents}/${lessonId}`))).data.content).toMatchObject({ body: "# Types\n\nThey catch mistakes early.", readingMinutes: 1 });
  expect((await ok(await asEnrolled.get(`${contents}/${fileId}`))).data.content).toMatchObject({ type: "File", file: null });

  // Someone not enrolled sees the outline item, locked.
  const locked = await ok(await asOutsider.get(`${contents}/${lessonId}`));
  expect(locked.data.content).toEqual({ id: lessonId, moduleId: first.id, title: "Why types", description: "", type: "Lesson", position: 2, locked: true });
  const lockedList = await asOutsider.get(`${modules}/${second.id}/contents`);
  expect(await lockedList.text()).not.toMatch(/isCorrect|questions|Which keyword/);

  // Another teacher may not change it; an admin may.
  const refused = await asOther.patch(`${contents}/${linkId}`, { title: "Mine now" });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).message).toBe("Only the course's teacher or an administrator can change it.");
  expect((await asEnrolled.post(modules, { title: "Student module" })).status()).toBe(403);
  const adminQuiz = (await ok(await asAdmin.get(quizPath))).data.content;
  expect(adminQuiz.questions[1].options.map((o: Json) => o.isCorrect)).toEqual([true, true, false]);
  expect((await ok(await asAdmin.patch(`${contents}/${videoId}`, { url: "https://vimeo.com/76979871" }))).data.content.embed).toEqual({
    provider: "vimeo",
    embedUrl: "https://player.vimeo.com/video/76979871?dnt=1",
  });

  // The contract's /programs alias serves the same modules, in Indonesian when asked.
  const programs = `/api/v1/programs/${course.id}/modules`;
  const aliased = await ok(await asTeacher.get(programs));
  expect(aliased.message).toBe("Successfully retrieved all modules.");
  expect(aliased.data.modules.map((m: Json) => m.id)).toEqual([second.id, first.id]);
  expect(aliased.pagination).toMatchObject({ currentRecords: 2, totalRecords: 2, currentPage: 1 });
  const indonesian = await ok(await asTeacher.post(programs, { title: "Penutup" }, { "accept-language": "id" }), 201);
  expect(indonesian.message).toBe("Modul baru berhasil dibuat.");
  expect(indonesian.data.module).toMatchObject({ programId: course.id, position: 3 });
  expect((await ok(await asTeacher.get(`${programs}/${first.id}`))).data.module.title).toBe("Getting started");

  // Deleting closes the gaps.
  await ok(await asTeacher.delete(`${contents}/${assignmentId}`));
  expect((await ok(await asTeacher.delete(`${programs}/${second.id}`))).message).toBe("Successfully deleted a module.");
  expect(await outline()).toEqual([
    ["Getting started", ["1:Lesson", "2:Video", "3:Link", "4:File"]],
    ["Penutup", []],
  ]);
  expect(await db.content.count({ where: { id: quizId } })).toBe(0);
});

test("a draft's curriculum is hidden from everyone but its teacher and admins", async ({ request, make, apiTokenFor }) => {
  const [teacher, otherTeacher] = await Promise.all([make.user({ role: "TEACHER" }), make.user({ role: "TEACHER" })]);
  const draft = await make.course({ teacherId: teacher.id, status: "DRAFT", outline: [{ title: "Secret", contents: [{ title: "Plan", type: "LESSON", body: "x" }] }] });
  const [module] = await db.module.findMany({ where: { courseId: draft.id } });
  const other = client(request, await apiTokenFor(otherTeacher));
  for (const path of [`/api/v1/courses/${draft.id}/modules`, `/api/v1/programs/${draft.id}/modules/${module!.id}`, `/api/v1/courses/${draft.id}/modules/${module!.id}/contents`]) {
    const response = await other.get(path);
    expect(response.status(), path).toBe(404);
    expect((await response.json()).message).toBe("Course not found.");
  }
  expect((await other.patch(`/api/v1/courses/${draft.id}/modules/${module!.id}`, { title: "x" })).status()).toBe(404);
  const anonymous = await request.get(`/api/v1/courses/${draft.id}/modules`);
  expect(anonymous.status()).toBe(401);
});
