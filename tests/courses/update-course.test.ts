import { beforeAll, describe, expect, it } from "vitest";
import { canReadCourseContent } from "@/lib/courses/content-access";
import { getPublishedCourse } from "@/lib/courses/get-course";
import { listPublishedCourses } from "@/lib/courses/list-courses";
import { updateCourse } from "@/lib/courses/update-course";
import { db } from "@/lib/db";
import { countQueries, makeCategory, makeContent, makeCourse, makeEnrollment, makeModule, makeUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  [teacher, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
});

/** A draft with one module holding one lesson: ready to publish. */
async function publishableDraft(title = unique("Ready")) {
  const course = await makeCourse({ teacherId: teacher.id, title, status: "DRAFT", outline: [{ title: "One", contents: [{ title: "Lesson", type: "LESSON" }] }] });
  return course;
}

describe("updateCourse", () => {
  it("changes only the fields it is given (PATCH) and clears category and release date with null", async () => {
    const category = await makeCategory();
    const course = await makeCourse({ teacherId: teacher.id, status: "DRAFT", description: "Keep me", priceIDR: 5000, categoryId: category.id, releaseDate: new Date("2030-01-01T00:00:00Z") });
    const renamed = await updateCourse(actorOf(teacher), course.id, { title: "Renamed" });
    expect(renamed).toMatchObject({ title: "Renamed", slug: course.slug, description: "Keep me", priceIDR: 5000, category: { id: category.id }, releaseDate: "2030-01-01T00:00:00.000Z" });
    const cleared = await updateCourse(actorOf(teacher), course.id, { categoryId: null, releaseDate: null, priceIDR: 0 });
    expect(cleared).toMatchObject({ title: "Renamed", category: null, releaseDate: null, priceIDR: 0, isFree: true });
    expect((await updateCourse(actorOf(teacher), course.id, {})).title).toBe("Renamed");
  });

  it("moves the slug only when asked; a slug another course uses is a 409 on the slug field", async () => {
    const course = await makeCourse({ teacherId: teacher.id });
    const other = await makeCourse({ teacherId: admin.id });
    expect((await updateCourse(actorOf(teacher), course.id, { slug: course.slug, title: "Same slug" })).slug).toBe(course.slug);
    const error = await fail(updateCourse(actorOf(teacher), course.id, { slug: other.slug }));
    expect(error?.status).toBe(409);
    expect(error?.fieldErrors).toEqual([{ field: "slug", message: "This slug is already used by another course." }]);
    const fresh = unique("moved");
    expect((await updateCourse(actorOf(teacher), course.id, { slug: fresh })).slug).toBe(fresh);
  });

  it("hides another teacher's draft (404), forbids changing their published course (403), and lets admins change both", async () => {
    const other = await makeUser({ role: "TEACHER" });
    const draft = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    const published = await makeCourse({ teacherId: teacher.id });
    expect((await fail(updateCourse(actorOf(other), draft.id, { title: "Mine" })))?.status).toBe(404);
    const forbidden = await fail(updateCourse(actorOf(other), published.id, { title: "Mine" }));
    expect(forbidden?.status).toBe(403);
    expect(forbidden?.message).toBe("Only the course's teacher or an administrator can change it.");
    // Who may change it is settled before the body is read.
    expect((await fail(updateCourse(actorOf(other), draft.id, { title: "" })))?.status).toBe(404);
    expect((await updateCourse(actorOf(admin), draft.id, { title: "By admin" })).title).toBe("By admin");
    expect((await updateCourse(actorOf(admin), published.id, { title: "Also by admin" })).title).toBe("Also by admin");
    expect((await fail(updateCourse(actorOf(admin), 2_000_000_000, { title: "Nothing" })))?.status).toBe(404);
  });

  it("publishes only a course with a module that holds a content", async () => {
    const empty = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    const noModule = await fail(updateCourse(actorOf(teacher), empty.id, { status: "Published" }));
    expect(noModule?.status).toBe(409);
    expect(noModule?.message).toBe("Add at least one module with at least one content before publishing this course.");
    expect(noModule?.fieldErrors).toEqual([{ field: "status", message: noModule?.message }]);

    const outlineModule = await makeModule({ courseId: empty.id });
    expect((await fail(updateCourse(actorOf(teacher), empty.id, { status: "PUBLISHED" })))?.status).toBe(409);
    await makeContent({ moduleId: outlineModule.id, type: "VIDEO", url: "https://example.com/v.mp4" });
    expect((await updateCourse(actorOf(teacher), empty.id, { status: "published" })).status).toBe("Published");
    expect((await db.course.findUniqueOrThrow({ where: { id: empty.id } })).status).toBe("PUBLISHED");
  });

  it("moves between Draft, Published and Archived both ways", async () => {
    const course = await publishableDraft();
    const steps = ["Published", "Draft", "Published", "Archived", "Published", "Archived", "Draft", "Archived"];
    for (const status of steps) expect((await updateCourse(actorOf(teacher), course.id, { status })).status).toBe(status);
  });

  it("takes an archived course out of the catalog while its enrolled students keep their access", async () => {
    const title = unique("Archived");
    const course = await publishableDraft(title);
    await updateCourse(actorOf(teacher), course.id, { status: "Published" });
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: course.id });
    expect((await listPublishedCourses({ q: title })).courses.map((c) => c.id)).toEqual([course.id]);

    await updateCourse(actorOf(teacher), course.id, { status: "Archived" });
    expect((await listPublishedCourses({ q: title })).courses).toEqual([]);
    expect((await fail(getPublishedCourse({ id: course.id })))?.status).toBe(404);
    expect(await canReadCourseContent(actorOf(student), course)).toBe(true);
    expect(await canReadCourseContent(actorOf(await makeUser()), course)).toBe(false);
  });

  it("shows every change on the next public read (the read cache is invalidated after the commit)", async () => {
    const course = await makeCourse({ teacherId: teacher.id, outline: [{ title: "One", contents: [{ title: "L", type: "LESSON" }] }] });
    expect((await getPublishedCourse({ id: course.id })).title).toBe(course.title);
    expect((await countQueries(() => getPublishedCourse({ id: course.id }))).queries).toBe(0);
    await updateCourse(actorOf(teacher), course.id, { title: "Fresh title", priceIDR: 123_000 });
    expect(await getPublishedCourse({ id: course.id })).toMatchObject({ title: "Fresh title", priceIDR: 123_000 });
    await updateCourse(actorOf(teacher), course.id, { status: "Draft" });
    expect((await fail(getPublishedCourse({ id: course.id })))?.status).toBe(404);
  });

  it("lets only admins reassign a course, to an active teacher or admin, and audits it", async () => {
    const course = await makeCourse({ teacherId: teacher.id });
    const next = await makeUser({ role: "TEACHER" });
    const denied = await fail(updateCourse(actorOf(teacher), course.id, { teacherId: next.id }));
    expect(denied?.status).toBe(403);
    expect((await updateCourse(actorOf(teacher), course.id, { teacherId: teacher.id, title: "Same teacher" })).teacher.id).toBe(teacher.id);

    const student = await makeUser();
    expect((await fail(updateCourse(actorOf(admin), course.id, { teacherId: student.id })))?.fieldErrors).toEqual([
      { field: "teacherId", message: "Choose an active teacher or administrator." },
    ]);
    const moved = await updateCourse(actorOf(admin), course.id, { teacherId: next.id });
    expect(moved.teacher).toMatchObject({ id: next.id, fullName: next.fullName });
    expect(await db.auditLog.findFirst({ where: { action: "course.reassign", entityId: course.id } })).toMatchObject({ actorId: admin.id, data: { from: teacher.id, to: next.id } });
    expect((await getPublishedCourse({ id: course.id })).teacher.id).toBe(next.id);
    // The former teacher no longer manages it.
    expect((await fail(updateCourse(actorOf(teacher), course.id, { title: "Back" })))?.status).toBe(403);
  });
});
