import { beforeAll, describe, expect, it } from "vitest";
import { getCourse } from "@/lib/courses/get-course";
import { INVALID_TEXT } from "@/lib/shared/text";
import { countQueries, makeCourse, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: Awaited<ReturnType<typeof makeUser>>;
let published: Awaited<ReturnType<typeof makeCourse>>;
let draft: Awaited<ReturnType<typeof makeCourse>>;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
  published = await makeCourse({
    teacherId: teacher.id,
    description: "# Welcome\nLearn things.",
    outline: [
      { title: "Getting started", contents: [{ title: "Intro", type: "LESSON" }, { title: "Tour", type: "VIDEO" }] },
      { title: "Practice", contents: [{ title: "Check", type: "QUIZ" }, { title: "Build", type: "ASSIGNMENT" }, { title: "Docs", type: "LINK" }] },
    ],
  });
  draft = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
});

describe("getCourse", () => {
  it("returns the outline in order, by id or slug, in one query", async () => {
    const { result, queries } = await countQueries(() => getCourse(null, { id: published.id }));
    expect(queries).toBe(1);
    expect(result.modules.map((module) => [module.title, module.contents.map((content) => `${content.type}:${content.title}`)])).toEqual([
      ["Getting started", ["Lesson:Intro", "Video:Tour"]],
      ["Practice", ["Quiz:Check", "Assignment:Build", "Link:Docs"]],
    ]);
    expect(result.contentsCount).toBe(5);
    expect((await getCourse(null, { slug: published.slug })).id).toBe(published.id);
  });

  it("hides a draft from visitors, students and other teachers, as not found", async () => {
    const student = await makeUser();
    const otherTeacher = await makeUser({ role: "TEACHER" });
    expect((await fail(getCourse(null, { id: draft.id })))?.status).toBe(404);
    expect((await fail(getCourse(actorOf(student), { id: draft.id })))?.status).toBe(404);
    expect((await fail(getCourse(actorOf(otherTeacher), { slug: draft.slug })))?.status).toBe(404);
  });

  it("shows a draft to its teacher and to admins", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    expect((await getCourse(actorOf(teacher), { id: draft.id })).status).toBe("Draft");
    expect((await getCourse(actorOf(admin), { id: draft.id })).status).toBe("Draft");
  });

  it("answers 404 for an unknown course and 400 for a bad id, slug or both at once", async () => {
    expect((await fail(getCourse(null, { id: 2_000_000_000 })))?.status).toBe(404);
    expect((await fail(getCourse(null, { id: -1 })))?.fieldErrors).toEqual([{ field: "id", message: "id must be positive" }]);
    expect((await fail(getCourse(null, { slug: "" })))?.fieldErrors).toEqual([{ field: "slug", message: "slug is required" }]);
    expect((await fail(getCourse(null, { slug: "intro\u0000" })))?.fieldErrors).toEqual([{ field: "slug", message: INVALID_TEXT }]);
    expect((await fail(getCourse(null, { id: published.id, slug: published.slug })))?.fieldErrors).toEqual([{ message: "Give either a course id or a slug." }]);
  });
});
