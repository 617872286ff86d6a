// The preview reads a course as an enrolled student would, for its teacher and admins only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCoursePreview } from "@/lib/reader/course-reader";
import { makeCourse, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

async function course(status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const teacher = await makeUser({ role: "TEACHER" });
  const made = await makeCourse({
    teacherId: teacher.id,
    status,
    title: "Statistics",
    outline: [
      { title: "Basics", contents: [{ title: "Mean", type: "LESSON", body: "The mean is the sum divided by the count." }, { title: "Median", type: "VIDEO", url: "https://vimeo.com/76979871" }] },
      {
        title: "Check",
        contents: [
          {
            title: "Quiz",
            type: "QUIZ",
            questions: [{ prompt: "Mean of 2 and 4?", options: [{ text: "3", isCorrect: true }, { text: "6" }] }],
          },
        ],
      },
    ],
  });
  const contents = await db.content.findMany({ where: { module: { courseId: made.id } }, orderBy: [{ module: { position: "asc" } }, { position: "asc" }] });
  return { owner: actorOf(teacher), course: made, contents };
}

describe("getCoursePreview", () => {
  it("opens the first content, with the whole outline and the next one", async () => {
    const { owner, course: made, contents } = await course();
    const reader = await getCoursePreview(owner, made.id, null);
    expect(reader.course).toEqual({ id: made.id, title: "Statistics", slug: made.slug });
    expect(reader.modules.map((module) => [module.title, module.contents.map((content) => content.title)])).toEqual([
      ["Basics", ["Mean", "Median"]],
      ["Check", ["Quiz"]],
    ]);
    expect(reader.content).toMatchObject({ id: contents[0]!.id, type: "Lesson", body: "The mean is the sum divided by the count.", readingMinutes: 1 });
    expect({ index: reader.index, total: reader.total, previous: reader.previous, next: reader.next?.title }).toEqual({ index: 0, total: 3, previous: null, next: "Median" });
  });

  it("shows a quiz as a student sees it: options without which are correct", async () => {
    const { owner, course: made, contents } = await course();
    const reader = await getCoursePreview(owner, made.id, contents[2]!.id);
    expect(reader.content?.type).toBe("Quiz");
    const quiz = reader.content as Extract<typeof reader.content, { type: "Quiz" }>;
    expect(quiz.questions[0]!.options).toEqual([{ id: expect.any(Number), text: "3" }, { id: expect.any(Number), text: "6" }]);
    expect(JSON.stringify(reader)).not.toContain("isCorrect");
    expect({ index: reader.index, previous: reader.previous?.title, next: reader.next }).toEqual({ index: 2, previous: "Median", next: null });
  });

  it("is for the course's teacher and admins: 403 to other teachers of a published course, 404 where it is hidden", async () => {
    const published = await course("PUBLISHED");
    const draft = await course("DRAFT");
    const admin = actorOf(await makeUser({ role: "ADMIN" }));
    expect((await getCoursePreview(admin, draft.course.id, null)).content?.title).toBe("Mean");
    const other = actorOf(await makeUser({ role: "TEACHER" }));
    expect((await fail(getCoursePreview(other, published.course.id, null)))?.status).toBe(403);
    expect((await fail(getCoursePreview(other, draft.course.id, null)))?.status).toBe(404);
    const student = actorOf(await makeUser());
    expect((await fail(getCoursePreview(student, published.course.id, null)))?.status).toBe(403);
  });

  it("answers 404 for a content of another course, and shows nothing for a course without content", async () => {
    const one = await course();
    const two = await course();
    expect(await fail(getCoursePreview(one.owner, one.course.id, two.contents[0]!.id))).toMatchObject({ status: 404, message: "Content not found." });
    const empty = await makeCourse({ teacherId: one.owner.id, status: "DRAFT" });
    expect(await getCoursePreview(one.owner, empty.id, null)).toMatchObject({ content: null, index: -1, total: 0, previous: null, next: null, modules: [] });
  });
});
