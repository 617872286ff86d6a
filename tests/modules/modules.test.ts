import { beforeAll, describe, expect, it } from "vitest";
import { getCourse } from "@/lib/courses/get-course";
import { db } from "@/lib/db";
import { createModule } from "@/lib/modules/create-module";
import { deleteModule } from "@/lib/modules/delete-module";
import { getModule } from "@/lib/modules/get-module";
import { listModules } from "@/lib/modules/list-modules";
import { updateModule } from "@/lib/modules/update-module";
import { ZModuleView } from "@/lib/modules/view-schemas";
import { countQueries, makeCourse, makeEnrollment, makeUser, type TestUser } from "../factories";
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

const titlesOf = async (courseId: number) =>
  (await db.module.findMany({ where: { courseId }, orderBy: { position: "asc" }, select: { title: true, position: true } })).map((m) => `${m.position}:${m.title}`);

const courseWith = (titles: string[], opts: { status?: "DRAFT" | "PUBLISHED" | "ARCHIVED" } = {}) =>
  makeCourse({ teacherId: teacher.id, status: opts.status, outline: titles.map((title) => ({ title })) });

describe("reading modules", () => {
  it("lists a course's modules in order with their contents' outline, paginated", async () => {
    const course = await makeCourse({
      teacherId: teacher.id,
      outline: [
        { title: "One", description: "First", contents: [{ title: "Read me", type: "LESSON", body: "Secret body" }, { title: "Test", type: "QUIZ" }] },
        { title: "Two" },
        { title: "Three" },
      ],
    });
    const { modules, pagination } = await listModules(actorOf(student), course.id, { limit: 2 });
    expect(modules.map((m) => [m.title, m.position])).toEqual([
      ["One", 1],
      ["Two", 2],
    ]);
    expect(pagination).toEqual({ currentRecords: 2, totalRecords: 3, currentPage: 1, totalPages: 2, nextPage: 2, prevPage: null });
    const [first] = modules;
    expect(ZModuleView.parse(first)).toEqual(first);
    expect(first).toMatchObject({ courseId: course.id, programId: course.id, description: "First" });
    expect(first!.contents.map((c) => ({ ...c, id: 0 }))).toEqual([
      { id: 0, title: "Read me", type: "Lesson", position: 1 },
      { id: 0, title: "Test", type: "Quiz", position: 2 },
    ]);
    expect(JSON.stringify(modules)).not.toContain("Secret body");
    expect((await listModules(actorOf(student), course.id, { page: 2, limit: 2 })).modules.map((m) => m.title)).toEqual(["Three"]);
  });

  it("shows a draft's or archived course's modules only to its teacher and admins", async () => {
    for (const status of ["DRAFT", "ARCHIVED"] as const) {
      const course = await courseWith(["Hidden"], { status });
      const [module] = await db.module.findMany({ where: { courseId: course.id } });
      for (const outsider of [student, otherTeacher]) {
        expect((await fail(listModules(actorOf(outsider), course.id)))?.message).toBe("Course not found.");
        expect((await fail(getModule(actorOf(outsider), course.id, module!.id)))?.status).toBe(404);
      }
      expect((await fail(listModules(null, course.id)))?.status).toBe(404);
      expect((await listModules(actorOf(teacher), course.id)).modules.map((m) => m.title)).toEqual(["Hidden"]);
      expect((await getModule(actorOf(admin), course.id, module!.id)).title).toBe("Hidden");
    }
  });

  it("answers 404 for a module of another course", async () => {
    const [course, other] = await Promise.all([courseWith(["Mine"]), courseWith(["Theirs"])]);
    const [theirs] = await db.module.findMany({ where: { courseId: other.id } });
    const error = await fail(getModule(actorOf(teacher), course.id, theirs!.id));
    expect([error?.status, error?.message]).toEqual([404, "Module not found."]);
    expect((await fail(updateModule(actorOf(teacher), course.id, theirs!.id, { title: "x" })))?.status).toBe(404);
    expect((await fail(deleteModule(actorOf(teacher), course.id, theirs!.id)))?.status).toBe(404);
    expect(await titlesOf(other.id)).toEqual(["1:Theirs"]);
  });

  it("reads a page of modules in a fixed number of queries", async () => {
    const course = await courseWith(["A", "B", "C", "D", "E"]);
    const { queries } = await countQueries(() => listModules(actorOf(student), course.id, { limit: 5 }));
    expect(queries).toBeLessThanOrEqual(5);
  });
});

describe("writing modules", () => {
  it("appends a new module, or inserts it at a position, keeping positions dense", async () => {
    const course = await courseWith(["A", "B"]);
    const c = await createModule(actorOf(teacher), course.id, { title: "  C  ", description: "Third" });
    expect(c).toMatchObject({ title: "C", description: "Third", position: 3, contents: [], courseId: course.id, programId: course.id });
    expect(ZModuleView.parse(c)).toEqual(c);
    await createModule(actorOf(teacher), course.id, { title: "First", position: 1 });
    await createModule(actorOf(admin), course.id, { title: "Last", position: 99 });
    expect(await titlesOf(course.id)).toEqual(["1:First", "2:A", "3:B", "4:C", "5:Last"]);
  });

  it("validates titles, descriptions and positions", async () => {
    const course = await courseWith([]);
    const missing = await fail(createModule(actorOf(teacher), course.id, { description: "x" }));
    expect([missing?.status, missing?.fieldErrors]).toEqual([400, [{ field: "title", message: "title is required" }]]);
    const bad = await fail(createModule(actorOf(teacher), course.id, { title: "t".repeat(201), description: "d".repeat(5001), position: 0 }));
    expect(bad?.fieldErrors).toEqual([
      { field: "title", message: "title must be at most 200 characters" },
      { field: "description", message: "description must be at most 5000 characters" },
      { field: "position", message: "position must be 1 or more" },
    ]);
    expect((await fail(updateModule(actorOf(teacher), course.id, 1, { position: 1.5 })))?.status).toBe(400);
    expect(await titlesOf(course.id)).toEqual([]);
  });

  it("lets only the teacher and admins write: 403 on another's published course, 404 on a draft", async () => {
    const published = await courseWith(["P"]);
    const draft = await courseWith(["D"], { status: "DRAFT" });
    const [pModule] = await db.module.findMany({ where: { courseId: published.id } });
    for (const outsider of [otherTeacher, student]) {
      expect((await fail(createModule(actorOf(outsider), published.id, { title: "x" })))?.message).toBe("Only the course's teacher or an administrator can change it.");
      expect((await fail(updateModule(actorOf(outsider), published.id, pModule!.id, { title: "x" })))?.status).toBe(403);
      expect((await fail(deleteModule(actorOf(outsider), published.id, pModule!.id)))?.status).toBe(403);
      expect((await fail(createModule(actorOf(outsider), draft.id, { title: "x" })))?.status).toBe(404);
    }
    expect((await updateModule(actorOf(admin), published.id, pModule!.id, { title: "By admin" })).title).toBe("By admin");
  });

  it("renames, describes and moves a module; the others close up", async () => {
    const course = await courseWith(["A", "B", "C", "D"]);
    const ids = (await db.module.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" } })).map((m) => m.id);
    const moved = await updateModule(actorOf(teacher), course.id, ids[0]!, { title: "A2", description: "Now third", position: 3 });
    expect(moved).toMatchObject({ title: "A2", description: "Now third", position: 3 });
    expect(await titlesOf(course.id)).toEqual(["1:B", "2:C", "3:A2", "4:D"]);
    await updateModule(actorOf(teacher), course.id, ids[3]!, { position: 1 });
    expect(await titlesOf(course.id)).toEqual(["1:D", "2:B", "3:C", "4:A2"]);
    await updateModule(actorOf(teacher), course.id, ids[3]!, { position: 1000 });
    expect(await titlesOf(course.id)).toEqual(["1:B", "2:C", "3:A2", "4:D"]);
    await updateModule(actorOf(teacher), course.id, ids[1]!, { description: "" });
    expect((await getModule(actorOf(teacher), course.id, ids[1]!)).description).toBe("");
  });

  it("deletes a module with its contents and renumbers the rest", async () => {
    const course = await makeCourse({ teacherId: teacher.id, outline: [{ title: "A" }, { title: "B", contents: [{ title: "x", type: "LESSON" }] }, { title: "C" }] });
    const b = await db.module.findFirstOrThrow({ where: { courseId: course.id, title: "B" }, include: { contents: true } });
    await deleteModule(actorOf(teacher), course.id, b.id);
    expect(await titlesOf(course.id)).toEqual(["1:A", "2:C"]);
    expect(await db.content.count({ where: { id: b.contents[0]!.id } })).toBe(0);
  });

  it("keeps positions exactly 1..n under concurrent creates, moves and deletes", async () => {
    const course = await courseWith(["A", "B", "C", "D", "E"]);
    const ids = (await db.module.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" } })).map((m) => m.id);
    const actor = actorOf(teacher);
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => createModule(actor, course.id, { title: `new ${i}`, position: (i % 4) + 1 })),
      ...Array.from({ length: 10 }, (_, i) => updateModule(actor, course.id, ids[i % 4]!, { position: ((i * 3) % 7) + 1 })),
      deleteModule(actor, course.id, ids[4]!),
    ]);
    const positions = (await db.module.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" } })).map((m) => m.position);
    expect(positions).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it("repairs an uneven order on the next edit", async () => {
    const course = await courseWith([]);
    await db.module.createMany({ data: [{ courseId: course.id, title: "A", position: 4 }, { courseId: course.id, title: "B", position: 4 }, { courseId: course.id, title: "C", position: 9 }] });
    const a = await db.module.findFirstOrThrow({ where: { courseId: course.id, title: "C" } });
    await updateModule(actorOf(teacher), course.id, a.id, { position: 1 });
    expect(await titlesOf(course.id)).toEqual(["1:C", "2:A", "3:B"]);
  });

  it("marks the course as edited", async () => {
    const course = await courseWith(["A"]);
    const before = (await db.course.findUniqueOrThrow({ where: { id: course.id } })).updatedAt;
    await createModule(actorOf(teacher), course.id, { title: "B" });
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).updatedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  it("shows the change in a published course's public outline at once", async () => {
    const course = await courseWith(["A"]);
    const outline = async () => (await getCourse(null, { id: course.id })).modules.map((m) => m.title);
    expect(await outline()).toEqual(["A"]);
    expect((await countQueries(outline)).queries).toBe(0);
    const b = await createModule(actorOf(teacher), course.id, { title: "B", position: 1 });
    expect(await outline()).toEqual(["B", "A"]);
    await updateModule(actorOf(teacher), course.id, b.id, { title: "B2" });
    expect(await outline()).toEqual(["B2", "A"]);
    await deleteModule(actorOf(teacher), course.id, b.id);
    expect(await outline()).toEqual(["A"]);
  });
});

describe("an archived course", () => {
  it("stays readable to its enrolled students and hidden from everyone else", async () => {
    const course = await makeCourse({ teacherId: teacher.id, status: "ARCHIVED", outline: [{ title: "Kept", contents: [{ title: "Still here", type: "LESSON", body: "Text." }] }] });
    const [module] = await db.module.findMany({ where: { courseId: course.id }, include: { contents: true } });
    const outsider = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: course.id });

    expect((await getModule(actorOf(student), course.id, module!.id)).title).toBe("Kept");
    expect((await getCourse(actorOf(student), { id: course.id })).status).toBe("Archived");
    expect((await fail(() => getModule(actorOf(outsider), course.id, module!.id)))?.status).toBe(404);
    expect((await fail(() => getModule(null, course.id, module!.id)))?.status).toBe(404);
  });
});
