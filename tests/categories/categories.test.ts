import { beforeAll, describe, expect, it } from "vitest";
import { invalidatePublic } from "@/lib/cache/public-data";
import { createCategory } from "@/lib/categories/create-category";
import { deleteCategory } from "@/lib/categories/delete-category";
import { getCategory } from "@/lib/categories/get-category";
import { listCategories } from "@/lib/categories/list-categories";
import { listCategoryOptions } from "@/lib/categories/list-category-options";
import { slugify } from "@/lib/categories/slug";
import { updateCategory } from "@/lib/categories/update-category";
import { getCourse } from "@/lib/courses/get-course";
import { db } from "@/lib/db";
import { countQueries, makeCategory, makeCourse, makeUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

type User = Awaited<ReturnType<typeof makeUser>>;
let admin: User;
let teacher: User;
let student: User;

beforeAll(async () => {
  [admin, teacher, student] = await Promise.all([makeUser({ role: "ADMIN" }), makeUser({ role: "TEACHER" }), makeUser()]);
});

const coursesIn = async (categoryId: number) =>
  (await db.course.findMany({ where: { categoryId }, select: { id: true }, orderBy: { id: "asc" } })).map((course) => course.id);

describe("creating categories", () => {
  it("lets admins create one with a slug derived from the name, audited", async () => {
    const token = unique("Seni");
    const category = await createCategory(actorOf(admin), { name: `  Seni   & Budaya ${token}  `, description: " Tari, musik dan rupa. " });
    expect(category).toEqual({ id: expect.any(Number), name: `Seni & Budaya ${token}`, slug: slugify(`seni budaya ${token}`), description: "Tari, musik dan rupa.", coursesCount: 0 });
    expect(category.slug).toMatch(/^seni-budaya-seni-[a-z0-9]+$/);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "category.create", entityId: category.id } });
    expect(entry).toMatchObject({ actorId: admin.id, entity: "Category", data: { name: category.name, slug: category.slug } });
  });

  it("refuses everyone but admins with 403, and changes nothing", async () => {
    const name = unique("Refused");
    for (const actor of [teacher, student]) {
      expect((await fail(createCategory(actorOf(actor), { name })))?.status).toBe(403);
    }
    const category = await makeCategory();
    for (const actor of [teacher, student]) {
      expect((await fail(updateCategory(actorOf(actor), category.id, { name: unique("Renamed") })))?.status).toBe(403);
      expect((await fail(deleteCategory(actorOf(actor), category.id)))?.status).toBe(403);
    }
    expect(await db.category.count({ where: { name } })).toBe(0);
    expect(await db.category.findUniqueOrThrow({ where: { id: category.id } })).toMatchObject({ name: category.name });
  });

  it("answers 409 on `name` for a name taken in any case", async () => {
    const existing = await makeCategory();
    const error = await fail(createCategory(actorOf(admin), { name: existing.name.toUpperCase() }));
    expect(error?.status).toBe(409);
    expect(error?.message).toBe("A category with this name already exists.");
    expect(error?.fieldErrors).toEqual([{ field: "name", message: "A category with this name already exists." }]);
  });

  it("lets only one of two concurrent creates of the same name in different case through", async () => {
    const name = unique("Race");
    const results = await Promise.allSettled([createCategory(actorOf(admin), { name }), createCategory(actorOf(admin), { name: name.toLowerCase() })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { status: 409 } });
    expect(await db.category.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
  });

  it("gives names that slug alike their own slugs", async () => {
    const token = unique("lang");
    const c = await createCategory(actorOf(admin), { name: `${token} C` });
    const sharp = await createCategory(actorOf(admin), { name: `${token} C#` });
    const plus = await createCategory(actorOf(admin), { name: `${token} C++` });
    expect([c.slug, sharp.slug, plus.slug]).toEqual([`${token}-c`, `${token}-c-2`, `${token}-c-3`]);
    expect((await createCategory(actorOf(admin), { name: `${unique("x")} ` + "!!!" })).slug).toMatch(/^x-[a-z0-9]+$/);
  });

  it("falls back to \"category\" as the slug's base when nothing of the name is left", async () => {
    const han = () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 20_000));
    const name = Array.from({ length: 6 }, han).join("");
    expect((await createCategory(actorOf(admin), { name })).slug).toMatch(/^category(-\d+)?$/);
  });

  it("validates the name and description with field errors", async () => {
    const blank = await fail(createCategory(actorOf(admin), { name: "   " }));
    expect(blank?.status).toBe(400);
    expect(blank?.fieldErrors).toEqual([{ field: "name", message: "Enter a name for the category." }]);
    const long = await fail(createCategory(actorOf(admin), { name: "x".repeat(61), description: "y".repeat(501) }));
    expect(long?.fieldErrors).toEqual([
      { field: "name", message: "The name must be at most 60 characters." },
      { field: "description", message: "The description must be at most 500 characters." },
    ]);
    expect((await fail(createCategory(actorOf(admin), {})))?.fieldErrors).toEqual([{ field: "name", message: "Enter a name for the category." }]);
  });
});

describe("renaming and describing", () => {
  it("renames with a new slug, describes, and audits what changed", async () => {
    const category = await makeCategory({ description: "Old words." });
    const name = unique("Renamed");
    const renamed = await updateCategory(actorOf(admin), category.id, { name });
    expect(renamed).toMatchObject({ id: category.id, name, slug: slugify(name), description: "Old words." });
    const described = await updateCategory(actorOf(admin), category.id, { description: "New words." });
    expect(described).toMatchObject({ name, slug: slugify(name), description: "New words." });
    const entries = await db.auditLog.findMany({ where: { action: "category.update", entityId: category.id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.data)).toEqual([
      { from: { name: category.name, slug: category.slug }, to: { name, slug: slugify(name) } },
      { from: { description: "Old words." }, to: { description: "New words." } },
    ]);
  });

  it("keeps the slug on a change of case, which is no clash with itself", async () => {
    const category = await createCategory(actorOf(admin), { name: unique("Casing") });
    const updated = await updateCategory(actorOf(admin), category.id, { name: category.name.toUpperCase() });
    expect(updated).toMatchObject({ name: category.name.toUpperCase(), slug: category.slug });
  });

  it("answers 409 on `name` for another category's name, and 404 for an unknown category", async () => {
    const [one, other] = await Promise.all([makeCategory(), makeCategory()]);
    const error = await fail(updateCategory(actorOf(admin), one.id, { name: other.name.toLowerCase() }));
    expect(error?.status).toBe(409);
    expect(error?.fieldErrors).toEqual([{ field: "name", message: "A category with this name already exists." }]);
    expect((await fail(updateCategory(actorOf(admin), 2_000_000_000, { name: unique("Ghost") })))?.message).toBe("Category not found.");
    expect((await fail(deleteCategory(actorOf(admin), 2_000_000_000)))?.status).toBe(404);
    expect((await fail(getCategory(null, 2_000_000_000)))?.status).toBe(404);
  });
});

describe("deleting", () => {
  it("deletes an unused category, audited", async () => {
    const category = await makeCategory();
    expect(await deleteCategory(actorOf(admin), category.id)).toEqual({ movedCourses: 0 });
    expect(await db.category.findUnique({ where: { id: category.id } })).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "category.delete", entityId: category.id } })).toMatchObject({
      actorId: admin.id,
      data: { name: category.name, slug: category.slug, movedCourses: 0, moveTo: null },
    });
  });

  it("refuses with 409 naming how many courses, drafts included, use it", async () => {
    const category = await makeCategory();
    await makeCourse({ teacherId: teacher.id, categoryId: category.id });
    await makeCourse({ teacherId: teacher.id, categoryId: category.id, status: "DRAFT" });
    const error = await fail(deleteCategory(actorOf(admin), category.id));
    expect(error?.status).toBe(409);
    expect(error?.message).toBe("This category is used by 2 courses. Move them to another category in the same step, or give them another category first.");
    expect(error?.fieldErrors).toEqual([{ field: "moveTo", message: "Choose the category its courses move to." }]);
    expect(await db.category.findUnique({ where: { id: category.id } })).not.toBeNull();
    expect(await coursesIn(category.id)).toHaveLength(2);
  });

  it("moves every course to `moveTo` and deletes, in one step", async () => {
    const [category, target] = await Promise.all([makeCategory(), makeCategory()]);
    const kept = await makeCourse({ teacherId: teacher.id, categoryId: target.id });
    const courses = [
      await makeCourse({ teacherId: teacher.id, categoryId: category.id }),
      await makeCourse({ teacherId: teacher.id, categoryId: category.id, status: "DRAFT" }),
      await makeCourse({ teacherId: teacher.id, categoryId: category.id, status: "ARCHIVED" }),
    ];
    expect(await deleteCategory(actorOf(admin), category.id, { moveTo: String(target.id) })).toEqual({ movedCourses: 3 });
    expect(await db.category.findUnique({ where: { id: category.id } })).toBeNull();
    expect(await coursesIn(target.id)).toEqual([kept.id, ...courses.map((course) => course.id)]);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "category.delete", entityId: category.id } })).data).toMatchObject({ movedCourses: 3, moveTo: target.id });
  });

  it("validates `moveTo` (another, existing category) before anything changes", async () => {
    const category = await makeCategory();
    const course = await makeCourse({ teacherId: teacher.id, categoryId: category.id });
    const same = await fail(deleteCategory(actorOf(admin), category.id, { moveTo: category.id }));
    expect(same?.status).toBe(400);
    expect(same?.fieldErrors).toEqual([{ field: "moveTo", message: "Choose a category other than the one being deleted." }]);
    const missing = await fail(deleteCategory(actorOf(admin), category.id, { moveTo: 2_000_000_000 }));
    expect(missing?.status).toBe(400);
    expect(missing?.fieldErrors).toEqual([{ field: "moveTo", message: "The category to move the courses to does not exist." }]);
    expect((await fail(deleteCategory(actorOf(admin), category.id, { moveTo: "abc" })))?.fieldErrors.map((e) => e.field)).toEqual(["moveTo"]);
    expect(await coursesIn(category.id)).toEqual([course.id]);
  });

  it("rolls the move back when the delete cannot finish", async () => {
    const [category, target] = await Promise.all([makeCategory(), makeCategory()]);
    const course = await makeCourse({ teacherId: teacher.id, categoryId: category.id });
    // A failing audit write (its actor does not exist) is the last step of the transaction.
    const ghost = { id: 2_000_000_000, role: "ADMIN" as const };
    await expect(deleteCategory(ghost, category.id, { moveTo: target.id })).rejects.toThrow();
    expect(await db.category.findUnique({ where: { id: category.id } })).not.toBeNull();
    expect(await coursesIn(category.id)).toEqual([course.id]);
  });
});

describe("reading", () => {
  it("counts published courses for the public, a teacher's own too, and all for admins", async () => {
    const category = await makeCategory();
    const other = await makeUser({ role: "TEACHER" });
    await makeCourse({ teacherId: teacher.id, categoryId: category.id });
    await makeCourse({ teacherId: teacher.id, categoryId: category.id, status: "DRAFT" });
    await makeCourse({ teacherId: other.id, categoryId: category.id, status: "ARCHIVED" });
    expect((await getCategory(null, category.id)).coursesCount).toBe(1);
    expect((await getCategory(actorOf(student), category.id)).coursesCount).toBe(1);
    expect((await getCategory(actorOf(teacher), category.id)).coursesCount).toBe(2);
    expect((await getCategory(actorOf(admin), category.id)).coursesCount).toBe(3);
    const listed = await listCategories(null, { q: category.name });
    expect(listed.categories).toEqual([{ id: category.id, name: category.name, slug: category.slug, description: "", coursesCount: 1 }]);
  });

  it("searches by name or description, sorts by name or courses, and pages", async () => {
    const token = unique("Sorted");
    const a = await makeCategory({ name: `${token} Alpha` });
    const b = await makeCategory({ name: `${token} beta` });
    const c = await makeCategory({ name: `Zeta ${unique()}`, description: `About ${token}.` });
    await makeCourse({ teacherId: teacher.id, categoryId: b.id });
    await makeCourse({ teacherId: teacher.id, categoryId: b.id });
    await makeCourse({ teacherId: teacher.id, categoryId: c.id });
    // Factories write behind the domain's back: clear what earlier public reads cached.
    await invalidatePublic("categories");
    const ids = async (input: Record<string, unknown>) => (await listCategories(null, { q: token.toUpperCase(), ...input })).categories.map((row) => row.id);
    expect(await ids({})).toEqual([a.id, b.id, c.id]);
    expect(await ids({ sort: "name-desc" })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ sort: "courses" })).toEqual([b.id, c.id, a.id]);
    expect(await ids({ sort: "courses-asc" })).toEqual([a.id, c.id, b.id]);
    const page = await listCategories(null, { q: token, limit: "2", page: "2" });
    expect(page.categories.map((row) => row.id)).toEqual([c.id]);
    expect(page.pagination).toEqual({ currentRecords: 1, totalRecords: 3, currentPage: 2, totalPages: 2, nextPage: null, prevPage: 1 });
    expect((await fail(listCategories(null, { sort: "random", limit: 500 })))?.fieldErrors.map((e) => e.field).sort()).toEqual(["limit", "sort"]);
  });
});

describe("the public read cache", () => {
  it("serves repeated public reads without a query, and shows a rename on the very next read", async () => {
    const category = await createCategory(actorOf(admin), { name: unique("Cached") });
    const course = await makeCourse({ teacherId: teacher.id, categoryId: category.id });
    await Promise.all([listCategories(null, {}), getCategory(null, category.id), getCourse(null, { id: course.id })]);
    expect((await countQueries(() => listCategories(null, { q: category.name }))).queries).toBe(0);
    expect((await countQueries(() => getCategory(null, category.id))).queries).toBe(0);
    expect((await countQueries(() => getCourse(null, { id: course.id }))).queries).toBe(0);

    const name = unique("Recached");
    await updateCategory(actorOf(admin), category.id, { name, description: "Fresh." });
    expect(await getCategory(null, category.id)).toMatchObject({ name, slug: slugify(name), description: "Fresh.", coursesCount: 1 });
    expect((await listCategories(null, { q: name })).categories.map((row) => row.name)).toEqual([name]);
    expect((await listCategoryOptions()).find((option) => option.id === category.id)).toMatchObject({ name, publishedCourses: 1 });
    expect((await getCourse(null, { id: course.id })).category).toEqual({ id: category.id, name, slug: slugify(name) });
  });

  it("shows a new category and a deletion with its moved courses at once", async () => {
    await listCategories(null, {});
    const created = await createCategory(actorOf(admin), { name: unique("Fresh") });
    expect((await getCategory(null, created.id)).name).toBe(created.name);

    const target = await createCategory(actorOf(admin), { name: unique("Target") });
    const course = await makeCourse({ teacherId: teacher.id, categoryId: created.id });
    expect((await getCourse(null, { id: course.id })).category?.id).toBe(created.id);
    expect((await getCategory(null, target.id)).coursesCount).toBe(0);
    await deleteCategory(actorOf(admin), created.id, { moveTo: target.id });
    expect((await fail(getCategory(null, created.id)))?.status).toBe(404);
    expect((await getCategory(null, target.id)).coursesCount).toBe(1);
    expect((await getCourse(null, { id: course.id })).category?.id).toBe(target.id);
  });
});
