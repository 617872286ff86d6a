import { beforeAll, describe, expect, it } from "vitest";
import { listCourses } from "@/lib/courses/list-courses";
import { countQueries, makeCategory, makeCourse, makeUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

// One token in every title of this file's courses lets each test search only its own rows.
const token = unique("zeta");
let teacher: Awaited<ReturnType<typeof makeUser>>;
let otherTeacher: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
let student: Awaited<ReturnType<typeof makeUser>>;
let design: Awaited<ReturnType<typeof makeCategory>>;

beforeAll(async () => {
  [teacher, otherTeacher, admin, student, design] = await Promise.all([
    makeUser({ role: "TEACHER" }),
    makeUser({ role: "TEACHER" }),
    makeUser({ role: "ADMIN" }),
    makeUser({ role: "STUDENT" }),
    makeCategory(),
  ]);
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  await makeCourse({ teacherId: teacher.id, title: `${token} Alpha published`, priceIDR: 150_000, createdAt: day(1), categoryId: design.id });
  await makeCourse({ teacherId: teacher.id, title: `${token} Bravo published`, priceIDR: 0, createdAt: day(2) });
  await makeCourse({ teacherId: otherTeacher.id, title: `${token} Charlie published`, priceIDR: 99_000, createdAt: day(3), categoryId: design.id });
  await makeCourse({ teacherId: teacher.id, title: `${token} Delta draft`, status: "DRAFT", createdAt: day(4) });
  await makeCourse({ teacherId: otherTeacher.id, title: `${token} Echo draft`, status: "DRAFT", createdAt: day(5) });
  await makeCourse({ teacherId: teacher.id, title: `${token} Foxtrot archived`, status: "ARCHIVED", createdAt: day(6) });
});

const titles = (result: Awaited<ReturnType<typeof listCourses>>) => result.courses.map((course) => course.title.replace(`${token} `, ""));

describe("listCourses visibility", () => {
  it("shows visitors and students only published courses", async () => {
    for (const actor of [null, actorOf(student)]) {
      const result = await listCourses(actor, { q: token, sort: "title" });
      expect(titles(result)).toEqual(["Alpha published", "Bravo published", "Charlie published"]);
    }
  });

  it("shows a teacher their own drafts and archived courses but not another teacher's", async () => {
    const result = await listCourses(actorOf(teacher), { q: token, sort: "title" });
    expect(titles(result)).toEqual(["Alpha published", "Bravo published", "Charlie published", "Delta draft", "Foxtrot archived"]);
  });

  it("shows admins every course", async () => {
    const result = await listCourses(actorOf(admin), { q: token, sort: "title" });
    expect(result.courses).toHaveLength(6);
  });

  it("never lets a status filter widen what the actor may see", async () => {
    const result = await listCourses(null, { q: token, status: "draft" });
    expect(result.courses).toEqual([]);
  });
});

describe("listCourses search, filters and sort", () => {
  it("searches title and description case-insensitively", async () => {
    const needle = unique("Needle");
    await makeCourse({ teacherId: teacher.id, title: "Plain title", description: `Learn about ${needle} in depth` });
    await makeCourse({ teacherId: teacher.id, title: `About ${needle}` });
    const result = await listCourses(null, { q: needle.toUpperCase(), sort: "title" });
    expect(result.courses.map((course) => course.title)).toEqual([`About ${needle}`, "Plain title"]);
  });

  it("filters by category and by teacher", async () => {
    expect(titles(await listCourses(null, { q: token, categoryId: String(design.id), sort: "title" }))).toEqual([
      "Alpha published",
      "Charlie published",
    ]);
    expect(titles(await listCourses(null, { q: token, teacherId: otherTeacher.id }))).toEqual(["Charlie published"]);
  });

  it("sorts by price, date and title, newest first by default", async () => {
    expect(titles(await listCourses(null, { q: token }))).toEqual(["Charlie published", "Bravo published", "Alpha published"]);
    expect(titles(await listCourses(null, { q: token, sort: "oldest" }))).toEqual(["Alpha published", "Bravo published", "Charlie published"]);
    expect(titles(await listCourses(null, { q: token, sort: "price-asc" }))).toEqual(["Bravo published", "Charlie published", "Alpha published"]);
    expect(titles(await listCourses(null, { q: token, sort: "price-desc" }))).toEqual(["Alpha published", "Charlie published", "Bravo published"]);
  });

  it("returns the summary fields the pages and the API show", async () => {
    const [course] = (await listCourses(null, { q: `${token} Alpha` })).courses;
    expect(course).toMatchObject({
      priceIDR: 150_000,
      isFree: false,
      status: "Published",
      category: { id: design.id, name: design.name },
      teacher: { id: teacher.id, fullName: teacher.fullName },
      modulesCount: 0,
      studentsCount: 0,
    });
    expect(course).not.toHaveProperty("teacher.passwordHash");
    expect(course).not.toHaveProperty("teacher.email");
  });
});

describe("listCourses pagination", () => {
  it("pages with the contract's pagination object", async () => {
    const first = await listCourses(null, { q: token, sort: "title", limit: "2", page: "1" });
    expect(titles(first)).toEqual(["Alpha published", "Bravo published"]);
    expect(first.pagination).toEqual({ currentRecords: 2, totalRecords: 3, currentPage: 1, totalPages: 2, nextPage: 2, prevPage: null });

    const second = await listCourses(null, { q: token, sort: "title", limit: "2", page: "2" });
    expect(titles(second)).toEqual(["Charlie published"]);
    expect(second.pagination).toEqual({ currentRecords: 1, totalRecords: 3, currentPage: 2, totalPages: 2, nextPage: null, prevPage: 1 });

    const beyond = await listCourses(null, { q: token, limit: "2", page: "9" });
    expect(beyond.courses).toEqual([]);
    expect(beyond.pagination).toMatchObject({ currentRecords: 0, nextPage: null, prevPage: 2 });
  });

  it.each([
    [{ limit: "101" }, "limit"],
    [{ limit: "0" }, "limit"],
    [{ limit: "ten" }, "limit"],
    [{ page: "0" }, "page"],
    [{ page: "1.5" }, "page"],
    [{ sort: "random" }, "sort"],
    [{ categoryId: "-3" }, "categoryId"],
    [{ status: "Deleted" }, "status"],
    [{ q: "x".repeat(101) }, "q"],
    [{ q: "type\u0000script" }, "q"],
    [{ q: "type\ud800script" }, "q"],
  ])("rejects %o with a field error on %s", async (input, field) => {
    const error = await fail(listCourses(null, input));
    expect(error?.status).toBe(400);
    expect(error?.fieldErrors.map((fieldError) => fieldError.field)).toEqual([field]);
  });

  it("costs the same number of queries whatever the page size", async () => {
    const outline = [{ title: "M", contents: [{ title: "C", type: "LESSON" as const }] }];
    const batch = unique("batch");
    for (let i = 0; i < 12; i++) await makeCourse({ teacherId: teacher.id, title: `${batch} ${i}`, outline });
    const small = await countQueries(() => listCourses(null, { q: batch, limit: 2 }));
    const large = await countQueries(() => listCourses(null, { q: batch, limit: 12 }));
    expect(large.result.courses).toHaveLength(12);
    expect(large.queries).toBe(small.queries);
    // The page and the count, in parallel: no transaction around them any more (was 3 with its BEGIN).
    expect(large.queries).toBe(2);
  });
});
