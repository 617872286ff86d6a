// The catalog's public reads come from the read cache and change on the very next read
// after invalidatePublic; signed-in users' reads (which may include drafts) bypass it.
import { beforeAll, describe, expect, it } from "vitest";
import { invalidatePublic } from "@/lib/cache/public-data";
import { listCategoryOptions } from "@/lib/categories/list-category-options";
import { getCourse } from "@/lib/courses/get-course";
import { listCourses, listPublishedCourses } from "@/lib/courses/list-courses";
import { db } from "@/lib/db";
import { countQueries, makeCategory, makeCourse, makeUser, unique } from "../factories";

let teacher: Awaited<ReturnType<typeof makeUser>>;
let category: Awaited<ReturnType<typeof makeCategory>>;

beforeAll(async () => {
  [teacher, category] = await Promise.all([makeUser({ role: "TEACHER" }), makeCategory()]);
});

describe("public catalog reads", () => {
  it("serve a repeated list from the cache until the course changes", async () => {
    const token = unique("cached");
    const course = await makeCourse({ teacherId: teacher.id, title: `${token} before` });
    const first = await countQueries(() => listPublishedCourses({ q: token }));
    expect(first.queries).toBe(2);
    const again = await countQueries(() => listPublishedCourses({ q: token }));
    expect(again.queries).toBe(0);
    expect(again.result.courses.map((c) => c.title)).toEqual([`${token} before`]);

    await db.course.update({ where: { id: course.id }, data: { title: `${token} after` } });
    expect((await listPublishedCourses({ q: token })).courses.map((c) => c.title)).toEqual([`${token} before`]);
    await invalidatePublic({ course: course.id });
    expect((await listPublishedCourses({ q: token })).courses.map((c) => c.title)).toEqual([`${token} after`]);
  });

  it("give visitors the same cached list through listCourses(null, ...)", async () => {
    const token = unique("same");
    await makeCourse({ teacherId: teacher.id, title: token });
    await listCourses(null, { q: token, sort: "title" });
    expect((await countQueries(() => listPublishedCourses({ q: token, sort: "title" }))).queries).toBe(0);
  });

  it("never cache what a signed-in teacher sees, drafts included", async () => {
    const token = unique("own");
    const actor = { id: teacher.id, role: teacher.role };
    await listCourses(actor, { q: token });
    await makeCourse({ teacherId: teacher.id, title: `${token} draft`, status: "DRAFT" });
    const second = await countQueries(() => listCourses(actor, { q: token }));
    expect(second.queries).toBe(2);
    expect(second.result.courses.map((c) => c.title)).toEqual([`${token} draft`]);
    expect((await listPublishedCourses({ q: token })).courses).toEqual([]);
  });

  it("show a publish on the next read once the course is invalidated", async () => {
    const token = unique("publish");
    const course = await makeCourse({ teacherId: teacher.id, title: token, status: "DRAFT" });
    expect((await listPublishedCourses({ q: token })).courses).toEqual([]);
    await db.course.update({ where: { id: course.id }, data: { status: "PUBLISHED" } });
    await invalidatePublic({ course: course.id });
    expect((await listPublishedCourses({ q: token })).courses.map((c) => c.id)).toEqual([course.id]);
    expect((await getCourse(null, { id: course.id })).status).toBe("Published");
  });
});

describe("public course detail", () => {
  it("is cached by id and by slug, and shows a teacher's new name after invalidatePublic({ teacher })", async () => {
    const course = await makeCourse({ teacherId: teacher.id, categoryId: category.id });
    await getCourse(null, { id: course.id });
    await getCourse(null, { slug: course.slug });
    expect((await countQueries(() => getCourse(null, { id: course.id }))).queries).toBe(0);
    expect((await countQueries(() => getCourse(null, { slug: course.slug }))).queries).toBe(0);

    const fullName = unique("Renamed");
    await db.user.update({ where: { id: teacher.id }, data: { fullName } });
    await invalidatePublic({ teacher: teacher.id });
    expect((await getCourse(null, { id: course.id })).teacher.fullName).toBe(fullName);
    expect((await getCourse(null, { slug: course.slug })).teacher.fullName).toBe(fullName);
    expect((await listPublishedCourses({ teacherId: teacher.id })).courses.every((c) => c.teacher.fullName === fullName)).toBe(true);
  });

  it("shows a category's new name after invalidatePublic({ category })", async () => {
    const own = await makeCategory();
    const course = await makeCourse({ teacherId: teacher.id, categoryId: own.id });
    expect((await getCourse(null, { id: course.id })).category?.name).toBe(own.name);
    const name = unique("Renamed category");
    await db.category.update({ where: { id: own.id }, data: { name } });
    await invalidatePublic({ category: own.id });
    expect((await getCourse(null, { id: course.id })).category?.name).toBe(name);
    expect((await listCategoryOptions()).find((option) => option.id === own.id)?.name).toBe(name);
  });

  it("does not cache an unknown course, so publishing it later shows at once", async () => {
    const course = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    await expect(getCourse(null, { id: course.id })).rejects.toMatchObject({ status: 404 });
    await db.course.update({ where: { id: course.id }, data: { status: "PUBLISHED" } });
    expect((await getCourse(null, { id: course.id })).id).toBe(course.id);
  });
});

describe("category options", () => {
  it("are cached until the categories change", async () => {
    await listCategoryOptions();
    expect((await countQueries(() => listCategoryOptions())).queries).toBe(0);
    const added = await makeCategory();
    await invalidatePublic("categories");
    expect((await listCategoryOptions()).map((option) => option.id)).toContain(added.id);
  });
});
