// The demo seed on a database of its own (it creates fixed accounts and slugs that must not
// meet other tests' rows): idempotent, and its content consistent with the rules the app
// enforces on teachers' own courses.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "@/prisma/seed/index";
import { createTestDatabase } from "@/scripts/lib/test-database";

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: PrismaClient;
let uploadDir: string;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "lms-seed-uploads-"));
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  database = await createTestDatabase("lms_seed");
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  await expect(seed(db)).resolves.toEqual({ created: true });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
  vi.unstubAllEnvs();
  await rm(uploadDir, { recursive: true, force: true });
});

const counts = () =>
  Promise.all([db.user.count(), db.course.count(), db.module.count(), db.content.count(), db.quizQuestion.count(), db.enrollment.count(), db.completion.count(), db.comment.count()]);

const outline = () =>
  db.course.findMany({
    include: {
      teacher: { select: { email: true } },
      modules: { include: { contents: { include: { questions: { include: { options: true } } } } } },
    },
  });

describe("the demo seed", () => {
  it("gives every course its one Q&A forum, besides a platform-wide forum", async () => {
    const courses = await db.course.findMany({ select: { id: true, discussions: { select: { id: true } } } });
    expect(courses.filter((course) => course.discussions.length !== 1)).toEqual([]);
    expect(await db.discussion.count({ where: { courseId: null } })).toBeGreaterThan(0);
  });

  it("does nothing on a second run", async () => {
    const before = await counts();
    expect(before.every((count) => count > 0)).toBe(true);
    await expect(seed(db)).resolves.toEqual({ created: false });
    expect(await counts()).toEqual(before);
  });

  it("gives both demo teachers published courses and a draft, and the catalog a course that opens later", async () => {
    const courses = await outline();
    for (const teacher of ["teacher@example.com", "teacher2@example.com"]) {
      const statuses = new Set(courses.filter((c) => c.teacher.email === teacher).map((c) => c.status));
      expect([teacher, statuses.has("PUBLISHED"), statuses.has("DRAFT")]).toEqual([teacher, true, true]);
    }
    const published = courses.filter((c) => c.status === "PUBLISHED");
    expect(published.filter((c) => c.releaseDate && c.releaseDate > new Date())).toHaveLength(1);
    expect(published.some((c) => c.priceIDR === 0) && published.some((c) => c.priceIDR > 0)).toBe(true);
    expect(courses.filter((c) => c.status === "DRAFT").every((c) => c.releaseDate === null)).toBe(true);
  });

  it("fills every published or archived module, and could publish every course", async () => {
    for (const course of await outline()) {
      expect([course.slug, course.modules.some((m) => m.contents.length > 0)]).toEqual([course.slug, true]);
      if (course.status !== "DRAFT") expect([course.slug, course.modules.every((m) => m.contents.length > 0)]).toEqual([course.slug, true]);
    }
  });

  it("writes quizzes the quiz editor would accept", async () => {
    const quizzes = (await outline()).flatMap((c) => c.modules.flatMap((m) => m.contents)).filter((c) => c.type === "QUIZ");
    expect(quizzes.length).toBeGreaterThanOrEqual(10);
    for (const quiz of quizzes) {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
      expect(quiz.questions.length).toBeLessThanOrEqual(5);
      expect(quiz.passMark).toBeGreaterThan(0);
      for (const question of quiz.questions) {
        const correct = question.options.filter((o) => o.isCorrect).length;
        expect(question.options.length).toBeGreaterThanOrEqual(2);
        expect(question.options.length).toBeLessThanOrEqual(10);
        expect([question.prompt, question.type === "SINGLE_CHOICE" ? correct === 1 : correct >= 2]).toEqual([question.prompt, true]);
      }
    }
    const types = new Set(quizzes.flatMap((q) => q.questions.map((question) => question.type)));
    expect(types).toEqual(new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE"]));
  });

  it("points videos at embeddable players and links at https pages with a description", async () => {
    const contents = (await outline()).flatMap((c) => c.modules.flatMap((m) => m.contents));
    for (const video of contents.filter((c) => c.type === "VIDEO")) {
      expect(video.url).toMatch(/^https:\/\/(www\.youtube\.com\/watch\?v=[\w-]{11}|vimeo\.com\/\d+|\S+\.(mp4|webm))$/);
    }
    for (const link of contents.filter((c) => c.type === "LINK")) {
      expect(link.url).toMatch(/^https:\/\//);
      expect(link.description).not.toBe("");
    }
  });

  it("stores every handout as a real PDF under a server-made key", async () => {
    const files = (await outline()).flatMap((c) => c.modules.flatMap((m) => m.contents)).filter((c) => c.type === "FILE");
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      expect(file.url).toBeNull();
      expect(file.fileKey).toMatch(/^files\/[0-9a-f-]{36}\.pdf$/);
      expect(file.fileName).toMatch(/^[a-z0-9-]+\.pdf$/);
      expect(file.fileType).toBe("application/pdf");
      const bytes = await readFile(path.join(uploadDir, file.fileKey!));
      expect(bytes.byteLength).toBe(file.fileSize);
      expect(bytes.subarray(0, 8).toString()).toBe("%PDF-1.4");
    }
  });

  it("records quiz completions with the right answers and hand-ins that the assignment accepts", async () => {
    const completions = await db.completion.findMany({ include: { content: { include: { questions: { include: { options: true } } } } } });
    const quizzes = completions.filter((c) => c.content.type === "QUIZ");
    const assignments = completions.filter((c) => c.content.type === "ASSIGNMENT");
    expect([quizzes.length > 0, assignments.length > 0]).toEqual([true, true]);
    for (const completion of quizzes) {
      const right = Object.fromEntries(completion.content.questions.map((q) => [String(q.id), q.options.filter((o) => o.isCorrect).map((o) => o.id)]));
      expect(completion.quizAnswers).toEqual(right);
    }
    for (const { submissionText, submissionUrl, content } of assignments) {
      expect(submissionText !== null || submissionUrl !== null).toBe(true);
      if (submissionText !== null) expect(content.submissionKinds).toContain("TEXT");
      if (submissionUrl !== null) expect(content.submissionKinds).toContain("URL");
    }
  });
});
