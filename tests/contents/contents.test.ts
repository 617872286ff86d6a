import { beforeAll, describe, expect, it } from "vitest";
import { createContent } from "@/lib/contents/create-content";
import { deleteContent } from "@/lib/contents/delete-content";
import { getContent } from "@/lib/contents/get-content";
import { getCurriculum } from "@/lib/contents/get-curriculum";
import { listContents } from "@/lib/contents/list-contents";
import { updateContent } from "@/lib/contents/update-content";
import { ZContentView, ZLockedContent } from "@/lib/contents/view-schemas";
import { getCourse } from "@/lib/courses/get-course";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import { countQueries, makeContent, makeCourse, makeEnrollment, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: TestUser;
let otherTeacher: TestUser;
let student: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [teacher, otherTeacher, student, admin] = await Promise.all([
    makeUser({ role: "TEACHER" }),
    makeUser({ role: "TEACHER" }),
    makeUser(),
    makeUser({ role: "ADMIN" }),
  ]);
});

/** A course of `teacher` with two modules, published unless said. */
async function course(opts: { status?: "DRAFT" | "PUBLISHED"; releaseDate?: Date } = {}) {
  const made = await makeCourse({ teacherId: teacher.id, ...opts, outline: [{ title: "M1" }, { title: "M2" }] });
  const [m1, m2] = await db.module.findMany({ where: { courseId: made.id }, orderBy: { position: "asc" } });
  return { id: made.id, m1: m1!.id, m2: m2!.id };
}

const quizInput = {
  type: "Quiz",
  title: "Check",
  passMark: 50,
  maxAttempts: 3,
  shuffleOptions: true,
  questions: [
    { prompt: "2 + 2?", type: "Single choice", points: 2, options: [{ text: "4", isCorrect: true }, { text: "5" }] },
    { prompt: "Primes?", type: "MULTIPLE_CHOICE", points: 3, options: [{ text: "2", isCorrect: true }, { text: "3", isCorrect: true }, { text: "4" }] },
  ],
};

const orderOf = async (moduleId: number) =>
  (await db.content.findMany({ where: { moduleId }, orderBy: { position: "asc" }, select: { title: true, position: true } })).map((c) => `${c.position}:${c.title}`);

describe("creating contents", () => {
  it("creates all six types, appended in order, and answers the teacher's full view", async () => {
    const c = await course();
    const actor = actorOf(teacher);
    const lesson = await createContent(actor, c.id, c.m1, { type: "lesson", title: "Read", body: "word ".repeat(450) });
    expect(lesson).toMatchObject({ type: "Lesson", position: 1, locked: false, readingMinutes: 2, moduleId: c.m1, description: "" });
    const video = await createContent(actor, c.id, c.m1, { type: "VIDEO", title: "Watch", url: "https://youtu.be/dQw4w9WgXcQ" });
    expect(video).toMatchObject({ type: "Video", position: 2, embed: { provider: "youtube", embedUrl: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" } });
    const link = await createContent(actor, c.id, c.m1, { type: "Link", title: "Docs", url: "https://example.com/docs", description: "The manual" });
    expect(link).toMatchObject({ type: "Link", url: "https://example.com/docs", description: "The manual" });
    const file = await createContent(actor, c.id, c.m1, { type: "File", title: "Slides" });
    expect(file).toMatchObject({ type: "File", file: null });
    const quiz = await createContent(actor, c.id, c.m1, quizInput);
    expect(quiz).toMatchObject({
      type: "Quiz",
      passMark: 50,
      maxAttempts: 3,
      shuffleQuestions: false,
      shuffleOptions: true,
      showCorrectAnswers: false,
      questionsCount: 2,
      totalPoints: 5,
      questions: [
        { prompt: "2 + 2?", type: "Single choice", points: 2, options: [{ text: "4", isCorrect: true }, { text: "5", isCorrect: false }] },
        { prompt: "Primes?", type: "Multiple choice", points: 3 },
      ],
    });
    const assignment = await createContent(actor, c.id, c.m1, { type: "Assignment", title: "Build", body: "Do it", dueAt: "2030-01-31T16:59:59Z" });
    expect(assignment).toMatchObject({
      type: "Assignment",
      body: "Do it",
      dueAt: "2030-01-31T16:59:59.000Z",
      submissionKinds: ["Text", "URL"],
      completionRule: "On submission",
      passMark: null,
      maxScore: 100,
    });
    for (const view of [lesson, video, link, file, quiz, assignment]) expect(ZContentView.parse(view)).toEqual(view);
    expect(await orderOf(c.m1)).toEqual(["1:Read", "2:Watch", "3:Docs", "4:Slides", "5:Check", "6:Build"]);
  });

  it("refuses invalid content with field errors and writes nothing", async () => {
    const c = await course();
    const twoCorrect = { ...quizInput, questions: [quizInput.questions[1], { prompt: "One?", options: [{ text: "a", isCorrect: true }, { text: "b", isCorrect: true }] }] };
    const error = await fail(createContent(actorOf(teacher), c.id, c.m1, twoCorrect));
    expect([error?.status, error?.fieldErrors]).toEqual([400, [{ field: "questions.1.options", message: "A single-choice question has exactly one correct option." }]]);
    const video = await fail(createContent(actorOf(teacher), c.id, c.m1, { type: "Video", title: "v", url: "https://example.com/watch" }));
    expect(video?.fieldErrors.map((e) => e.field)).toEqual(["url"]);
    expect(await db.content.count({ where: { moduleId: c.m1 } })).toBe(0);
  });

  it("lets only the teacher and admins create, in a module of that course", async () => {
    const c = await course();
    const draft = await course({ status: "DRAFT" });
    const input = { type: "Lesson", title: "x" };
    expect((await fail(createContent(actorOf(otherTeacher), c.id, c.m1, input)))?.status).toBe(403);
    expect((await fail(createContent(actorOf(student), c.id, c.m1, input)))?.status).toBe(403);
    expect((await fail(createContent(actorOf(otherTeacher), draft.id, draft.m1, input)))?.status).toBe(404);
    expect((await fail(createContent(actorOf(teacher), c.id, draft.m1, input)))?.message).toBe("Module not found.");
    expect((await createContent(actorOf(admin), c.id, c.m2, input)).position).toBe(1);
  });
});

describe("reading contents", () => {
  it("gives an enrolled student the content without correct answers", async () => {
    const c = await course();
    const quiz = await createContent(actorOf(teacher), c.id, c.m1, quizInput);
    const reader = await makeUser();
    await makeEnrollment({ studentId: reader.id, courseId: c.id });
    const seen = await getContent(actorOf(reader), c.id, c.m1, quiz.id);
    expect(ZContentView.parse(seen)).toEqual(seen);
    if (seen.locked || seen.type !== "Quiz") throw new Error("a quiz");
    expect(seen.locked).toBe(false);
    for (const question of seen.questions) for (const option of question.options) expect(Object.keys(option).sort()).toEqual(["id", "text"]);
    expect(JSON.stringify(seen)).not.toContain("isCorrect");
    const listed = await listContents(actorOf(reader), c.id, c.m1);
    expect(JSON.stringify(listed)).not.toContain("isCorrect");
    expect(listed.contents[0]).toEqual(seen);
    // Its teacher previewing as a student sees the same.
    expect(await getContent(actorOf(teacher), c.id, c.m1, quiz.id, { asStudent: true })).toEqual(seen);
    const curriculum = await getCurriculum(actorOf(teacher), c.id, { asStudent: true });
    expect([curriculum.audience, JSON.stringify(curriculum).includes("isCorrect")]).toEqual(["reader", false]);
    // Admins see the answers.
    const asAdmin = await getContent(actorOf(admin), c.id, c.m1, quiz.id);
    if (asAdmin.locked || asAdmin.type !== "Quiz") throw new Error("a quiz");
    expect(asAdmin.questions[0]!.options.map((o) => o.isCorrect)).toEqual([true, false]);
  });

  it("gives everyone else who may see the course the locked outline item", async () => {
    const c = await course();
    const future = await course({ releaseDate: new Date(Date.now() + 86_400_000) });
    const lesson = await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "Secret", description: "About", body: "The body" });
    const early = await createContent(actorOf(teacher), future.id, future.m1, { type: "Lesson", title: "Soon", body: "Not yet" });
    const [unpaid, paidEarly] = await Promise.all([makeUser(), makeUser()]);
    await makeEnrollment({ studentId: unpaid.id, courseId: c.id, status: "UNPAID" });
    await makeEnrollment({ studentId: paidEarly.id, courseId: future.id });
    const locked = { id: lesson.id, moduleId: c.m1, title: "Secret", description: "About", type: "Lesson", position: 1, locked: true };
    for (const outsider of [student, unpaid, otherTeacher]) {
      const seen = await getContent(actorOf(outsider), c.id, c.m1, lesson.id);
      expect(seen).toEqual(locked);
      expect(ZLockedContent.parse(seen)).toEqual(seen);
      expect((await listContents(actorOf(outsider), c.id, c.m1)).contents).toEqual([locked]);
    }
    expect(await getContent(actorOf(paidEarly), future.id, future.m1, early.id)).toMatchObject({ locked: true });
    expect(JSON.stringify(await getCurriculum(actorOf(student), c.id))).not.toContain("The body");
  });

  it("hides a draft's contents and answers 404 for a content elsewhere", async () => {
    const draft = await course({ status: "DRAFT" });
    const c = await course();
    const hidden = await createContent(actorOf(teacher), draft.id, draft.m1, { type: "Lesson", title: "Draft" });
    const shown = await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "Shown" });
    expect((await fail(getContent(actorOf(student), draft.id, draft.m1, hidden.id)))?.message).toBe("Course not found.");
    expect((await fail(listContents(actorOf(otherTeacher), draft.id, draft.m1)))?.status).toBe(404);
    expect((await fail(getContent(actorOf(teacher), c.id, c.m2, shown.id)))?.message).toBe("Content not found.");
    expect((await fail(getContent(actorOf(teacher), c.id, c.m1, hidden.id)))?.status).toBe(404);
    expect((await fail(listContents(actorOf(teacher), c.id, draft.m1)))?.message).toBe("Module not found.");
  });

  it("links a FILE content's download through the API, never to storage", async () => {
    const c = await course();
    const file = await makeContent({ moduleId: c.m1, type: "FILE", title: "Slides" });
    await db.content.update({ where: { id: file.id }, data: { fileKey: "contents/abc.pdf", fileName: "slides.pdf", fileSize: 1234, fileType: "application/pdf" } });
    expect(await getContent(actorOf(admin), c.id, c.m1, file.id)).toMatchObject({
      file: { name: "slides.pdf", size: 1234, type: "application/pdf", downloadUrl: `/api/v1/courses/${c.id}/modules/${c.m1}/contents/${file.id}/file` },
    });
    expect(JSON.stringify(await getContent(actorOf(admin), c.id, c.m1, file.id))).not.toContain("contents/abc.pdf");
  });

  it("lists a module's contents in a fixed number of queries", async () => {
    const c = await course();
    for (let i = 0; i < 5; i++) await createContent(actorOf(teacher), c.id, c.m1, { ...quizInput, title: `Q${i}` });
    const { queries, result } = await countQueries(() => listContents(actorOf(teacher), c.id, c.m1));
    expect(result.contents).toHaveLength(5);
    expect(queries).toBeLessThanOrEqual(8);
  });
});

describe("changing contents", () => {
  it("changes the fields of its type; quiz questions replace the whole set", async () => {
    const c = await course();
    const quiz = await createContent(actorOf(teacher), c.id, c.m1, quizInput);
    const changed = await updateContent(actorOf(teacher), c.id, c.m1, quiz.id, {
      title: "Renamed",
      passMark: 80,
      maxAttempts: null,
      questions: [{ prompt: "Only?", options: [{ text: "yes", isCorrect: true }, { text: "no" }] }],
    });
    expect(changed).toMatchObject({ title: "Renamed", passMark: 80, maxAttempts: null, shuffleOptions: true, questionsCount: 1, totalPoints: 1 });
    expect(await db.quizQuestion.count({ where: { contentId: quiz.id } })).toBe(1);
    const kept = await updateContent(actorOf(teacher), c.id, c.m1, quiz.id, { showCorrectAnswers: true });
    expect(kept).toMatchObject({ title: "Renamed", questionsCount: 1, showCorrectAnswers: true });
  });

  it("refuses a type change and checks fields against the content's own type", async () => {
    const c = await course();
    const video = await createContent(actorOf(teacher), c.id, c.m1, { type: "Video", title: "v", url: "https://vimeo.com/76979871" });
    const typeChange = await fail(updateContent(actorOf(teacher), c.id, c.m1, video.id, { type: "Lesson" }));
    expect([typeChange?.status, typeChange?.fieldErrors]).toEqual([400, [{ field: "type", message: "A content's type cannot change. Create a new content instead." }]]);
    expect((await updateContent(actorOf(teacher), c.id, c.m1, video.id, { type: "video", title: "Same type" })).title).toBe("Same type");
    const badUrl = await fail(updateContent(actorOf(teacher), c.id, c.m1, video.id, { url: "https://example.com/page" }));
    expect(badUrl?.fieldErrors.map((e) => e.field)).toEqual(["url"]);
    const twoCorrect = await fail(
      updateContent(actorOf(teacher), c.id, c.m1, (await createContent(actorOf(teacher), c.id, c.m1, quizInput)).id, {
        questions: [{ prompt: "?", options: [{ text: "a", isCorrect: true }, { text: "b", isCorrect: true }] }],
      }),
    );
    expect(twoCorrect?.fieldErrors).toEqual([{ field: "questions.0.options", message: "A single-choice question has exactly one correct option." }]);
  });

  it("needs a pass mark once an assignment completes on a passing grade, whichever PATCH sets it", async () => {
    const c = await course();
    const assignment = await createContent(actorOf(teacher), c.id, c.m1, { type: "Assignment", title: "a", submissionKinds: ["File"] });
    const error = await fail(updateContent(actorOf(teacher), c.id, c.m1, assignment.id, { completionRule: "On passing grade" }));
    expect(error?.fieldErrors).toEqual([{ field: "passMark", message: "Set a pass mark to complete the assignment on a passing grade." }]);
    await updateContent(actorOf(teacher), c.id, c.m1, assignment.id, { passMark: 65 });
    expect(await updateContent(actorOf(teacher), c.id, c.m1, assignment.id, { completionRule: "ON_PASSING_GRADE", dueAt: null })).toMatchObject({
      completionRule: "On passing grade",
      passMark: 65,
      submissionKinds: ["File"],
      dueAt: null,
    });
    expect((await fail(updateContent(actorOf(teacher), c.id, c.m1, assignment.id, { passMark: null })))?.fieldErrors.map((e) => e.field)).toEqual(["passMark"]);
  });

  it("reorders within a module and moves across modules, keeping both dense", async () => {
    const c = await course();
    const made: Record<string, number> = {};
    for (const title of ["a", "b", "c", "d"]) made[title] = (await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title })).id;
    for (const title of ["x", "y"]) made[title] = (await createContent(actorOf(teacher), c.id, c.m2, { type: "Lesson", title })).id;
    await updateContent(actorOf(teacher), c.id, c.m1, made.d!, { position: 1 });
    expect(await orderOf(c.m1)).toEqual(["1:d", "2:a", "3:b", "4:c"]);
    const moved = await updateContent(actorOf(teacher), c.id, c.m1, made.a!, { moduleId: c.m2, position: 2 });
    expect(moved).toMatchObject({ moduleId: c.m2, position: 2 });
    expect(await orderOf(c.m1)).toEqual(["1:d", "2:b", "3:c"]);
    expect(await orderOf(c.m2)).toEqual(["1:x", "2:a", "3:y"]);
    await updateContent(actorOf(teacher), c.id, c.m2, made.x!, { moduleId: c.m1 });
    expect(await orderOf(c.m1)).toEqual(["1:d", "2:b", "3:c", "4:x"]);
    expect(await orderOf(c.m2)).toEqual(["1:a", "2:y"]);
    // The content now lives in its new module only.
    expect((await fail(getContent(actorOf(teacher), c.id, c.m2, made.x!)))?.status).toBe(404);
  });

  it("refuses to move a content to a module of another course", async () => {
    const c = await course();
    const other = await course();
    const lesson = await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "stay" });
    const error = await fail(updateContent(actorOf(teacher), c.id, c.m1, lesson.id, { moduleId: other.m1 }));
    expect([error?.status, error?.fieldErrors]).toEqual([400, [{ field: "moduleId", message: "This course has no module with this id." }]]);
    expect(await orderOf(c.m1)).toEqual(["1:stay"]);
  });

  it("keeps positions exactly 1..n in both modules under concurrent moves and creates", async () => {
    const c = await course();
    const actor = actorOf(teacher);
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await createContent(actor, c.id, i < 3 ? c.m1 : c.m2, { type: "Lesson", title: `L${i}` })).id);
    // A move names the content's current module, so each content moves once here.
    await Promise.all([
      ...ids.slice(0, 5).map((id, i) => updateContent(actor, c.id, i < 3 ? c.m1 : c.m2, id, { moduleId: i % 2 ? c.m1 : c.m2, position: 1 })),
      ...Array.from({ length: 5 }, (_, i) => createContent(actor, c.id, i % 2 ? c.m1 : c.m2, { type: "Link", title: `new ${i}`, url: "https://example.com" })),
    ]);
    const positions = async (moduleId: number) => (await db.content.findMany({ where: { moduleId }, orderBy: { position: "asc" } })).map((row) => row.position);
    const [one, two] = [await positions(c.m1), await positions(c.m2)];
    expect(one.length + two.length).toBe(11);
    expect(one).toEqual(Array.from({ length: one.length }, (_, i) => i + 1));
    expect(two).toEqual(Array.from({ length: two.length }, (_, i) => i + 1));
  });

  it("lets only the teacher and admins change or delete", async () => {
    const c = await course();
    const lesson = await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "mine" });
    for (const outsider of [otherTeacher, student]) {
      expect((await fail(updateContent(actorOf(outsider), c.id, c.m1, lesson.id, { title: "x" })))?.status).toBe(403);
      expect((await fail(deleteContent(actorOf(outsider), c.id, c.m1, lesson.id)))?.status).toBe(403);
    }
    expect((await updateContent(actorOf(admin), c.id, c.m1, lesson.id, { title: "admin's" })).title).toBe("admin's");
  });
});

describe("deleting contents", () => {
  it("renumbers the rest and removes the stored file after commit", async () => {
    const c = await course();
    const [a, , file] = [
      await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "a" }),
      await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "b" }),
      await createContent(actorOf(teacher), c.id, c.m1, { type: "File", title: "f" }),
    ];
    const key = `contents/test-${file.id}.bin`;
    await storage().put(key, new TextEncoder().encode("%PDF-1.4"), "application/octet-stream");
    await db.content.update({ where: { id: file.id }, data: { fileKey: key, fileName: "f.pdf", fileSize: 8, fileType: "application/pdf" } });
    await deleteContent(actorOf(teacher), c.id, c.m1, a.id);
    expect(await orderOf(c.m1)).toEqual(["1:b", "2:f"]);
    await deleteContent(actorOf(teacher), c.id, c.m1, file.id);
    expect(await storage().get(key)).toBeNull();
    expect((await fail(deleteContent(actorOf(teacher), c.id, c.m1, file.id)))?.status).toBe(404);
    expect(await orderOf(c.m1)).toEqual(["1:b"]);
  });
});

describe("the public outline", () => {
  it("shows a content change of a published course on the next read, and its course as edited", async () => {
    const c = await course();
    const outline = async () => (await getCourse(null, { id: c.id })).modules.flatMap((m) => m.contents.map((content) => `${m.title}:${content.title}:${content.type}`));
    expect(await outline()).toEqual([]);
    const edited = (await db.course.findUniqueOrThrow({ where: { id: c.id } })).updatedAt;
    const lesson = await createContent(actorOf(teacher), c.id, c.m1, { type: "Lesson", title: "Intro" });
    expect(await outline()).toEqual(["M1:Intro:Lesson"]);
    expect((await db.course.findUniqueOrThrow({ where: { id: c.id } })).updatedAt.getTime()).toBeGreaterThan(edited.getTime());
    await updateContent(actorOf(teacher), c.id, c.m1, lesson.id, { title: "Welcome", moduleId: c.m2 });
    expect(await outline()).toEqual(["M2:Welcome:Lesson"]);
    await deleteContent(actorOf(teacher), c.id, c.m2, lesson.id);
    expect(await outline()).toEqual([]);
  });
});
