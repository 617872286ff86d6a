import { beforeAll, describe, expect, it } from "vitest";
import { createCourse } from "@/lib/courses/create-course";
import { listPublishedCourses } from "@/lib/courses/list-courses";
import { slugify } from "@/lib/courses/slug";
import { db } from "@/lib/db";
import { makeCategory, makeCourse, makeUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  [teacher, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
});

describe("slugify", () => {
  it("keeps lowercase letters, digits and single dashes, dropping accents", () => {
    expect(slugify("  Dasar-dasar Pemrograman: Édition 2!  ")).toBe("dasar-dasar-pemrograman-edition-2");
    expect(slugify("C++ & Go — 2026")).toBe("c-go-2026");
    expect(slugify("数学")).toBe("");
    expect(slugify(`${"a".repeat(79)} bcd`)).toBe("a".repeat(79));
  });
});

describe("createCourse", () => {
  it("makes a teacher's course a free draft of theirs with a derived slug and its Q&A forum", async () => {
    const title = `Intro to ${unique("Rust")}`;
    const course = await createCourse(actorOf(teacher), { title });
    expect(course).toMatchObject({ title, slug: slugify(title), status: "Draft", priceIDR: 0, isFree: true, category: null, releaseDate: null, description: "" });
    expect(course.teacher.id).toBe(teacher.id);
    const forums = await db.discussion.findMany({ where: { courseId: course.id } });
    expect(forums.map((forum) => [forum.title, forum.createdById])).toEqual([[`${title} — Q&A`, teacher.id]]);
  });

  it("stores every field it is given, reading the status label in any case and the price as whole rupiah", async () => {
    const category = await makeCategory();
    const course = await createCourse(actorOf(teacher), {
      title: "Paid course",
      slug: ` ${unique("Paid-Course").toUpperCase()} `,
      categoryId: String(category.id),
      description: "# Learn\nThings.",
      priceIDR: "399000",
      releaseDate: "2030-01-02T03:04:05+07:00",
      status: "archived",
    });
    expect(course).toMatchObject({ priceIDR: 399_000, isFree: false, status: "Archived", category: { id: category.id }, releaseDate: "2030-01-01T20:04:05.000Z" });
    expect(course.slug).toMatch(/^paid-course-[0-9a-f]{8}$/);
  });

  it("numbers a derived slug another course already uses", async () => {
    const title = unique("Same Title");
    const first = await createCourse(actorOf(teacher), { title });
    const second = await createCourse(actorOf(teacher), { title });
    const third = await createCourse(actorOf(teacher), { title });
    expect([first.slug, second.slug, third.slug]).toEqual([slugify(title), `${slugify(title)}-2`, `${slugify(title)}-3`]);
    expect((await createCourse(actorOf(teacher), { title: "数学" })).slug).toMatch(/^course(-\d+)?$/);
  });

  it("answers 409 on the slug field when a chosen slug is taken", async () => {
    const taken = await makeCourse({ teacherId: admin.id });
    const error = await fail(createCourse(actorOf(teacher), { title: "Clash", slug: taken.slug }));
    expect(error?.status).toBe(409);
    expect(error?.message).toBe("This slug is already used by another course.");
    expect(error?.fieldErrors).toEqual([{ field: "slug", message: "This slug is already used by another course." }]);
  });

  it("answers 400 with a field error for an unknown category and for invalid fields", async () => {
    const missing = await fail(createCourse(actorOf(teacher), { title: "No category", categoryId: 2_000_000_000 }));
    expect(missing?.status).toBe(400);
    expect(missing?.fieldErrors).toEqual([{ field: "categoryId", message: "This category does not exist." }]);

    const invalid = await fail(createCourse(actorOf(teacher), { title: " ", slug: "Not a slug!", priceIDR: 100_000_001, releaseDate: "soon", status: "Live" }));
    expect(invalid?.status).toBe(400);
    expect(invalid?.fieldErrors.map((error) => error.field).sort()).toEqual(["priceIDR", "releaseDate", "slug", "status", "title"]);
    expect((await fail(createCourse(actorOf(teacher), { title: "Cents", priceIDR: 1.5 })))?.fieldErrors).toEqual([{ field: "priceIDR", message: "priceIDR must be a whole number" }]);
    expect((await fail(createCourse(actorOf(teacher), { title: "Negative", priceIDR: -1 })))?.status).toBe(400);
  });

  it("refuses to create a course that is already published: it has nothing to learn yet", async () => {
    const error = await fail(createCourse(actorOf(teacher), { title: unique("Eager"), status: "Published" }));
    expect(error?.status).toBe(409);
    expect(error?.message).toBe("Add at least one module with at least one content before publishing this course.");
  });

  it("lets admins create a course for a teacher, audited; only for active teachers or admins", async () => {
    const other = await makeUser({ role: "TEACHER" });
    const course = await createCourse(actorOf(admin), { title: unique("For other"), teacherId: other.id });
    expect(course.teacher.id).toBe(other.id);
    expect(await db.auditLog.findFirst({ where: { action: "course.create_for", entityId: course.id } })).toMatchObject({ actorId: admin.id, data: { teacherId: other.id } });
    expect((await createCourse(actorOf(admin), { title: unique("Own") })).teacher.id).toBe(admin.id);

    const [student, disabled] = await Promise.all([makeUser(), makeUser({ role: "TEACHER", disabled: true })]);
    for (const teacherId of [student.id, disabled.id, 2_000_000_000]) {
      const error = await fail(createCourse(actorOf(admin), { title: "Nobody's", teacherId }));
      expect(error?.status).toBe(400);
      expect(error?.fieldErrors).toEqual([{ field: "teacherId", message: "Choose an active teacher or administrator." }]);
    }
  });

  it("gives students 403 and teachers 403 for naming another teacher", async () => {
    const student = await makeUser();
    const denied = await fail(createCourse(actorOf(student), { title: "Mine" }));
    expect(denied?.status).toBe(403);
    expect(denied?.message).toBe("Only teachers and administrators can create courses.");
    const other = await makeUser({ role: "TEACHER" });
    const error = await fail(createCourse(actorOf(teacher), { title: "Theirs", teacherId: other.id }));
    expect(error?.status).toBe(403);
    expect(error?.message).toBe("Only administrators can assign a course to another teacher.");
    expect((await createCourse(actorOf(teacher), { title: unique("Self named"), teacherId: teacher.id })).teacher.id).toBe(teacher.id);
  });

  it("keeps a new draft out of the public catalog", async () => {
    const title = unique("Hidden draft");
    await createCourse(actorOf(teacher), { title });
    expect((await listPublishedCourses({ q: title })).courses).toEqual([]);
  });
});
