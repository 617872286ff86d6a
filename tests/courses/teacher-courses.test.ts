import { beforeAll, describe, expect, it } from "vitest";
import { listManagedCourses } from "@/lib/courses/teacher-courses";
import { listTeacherOptions } from "@/lib/courses/teacher-options";
import { makeCourse, makeEnrollment, makeUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: Awaited<ReturnType<typeof makeUser>>;
let other: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
const token = unique("managed");

beforeAll(async () => {
  [teacher, other, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
});

describe("listManagedCourses", () => {
  it("gives a teacher their own courses of every status with students and completion rate", async () => {
    const course = await makeCourse({ teacherId: teacher.id, title: `${token} busy` });
    const draft = await makeCourse({ teacherId: teacher.id, title: `${token} draft`, status: "DRAFT" });
    await makeCourse({ teacherId: other.id, title: `${token} theirs` });
    const statuses = ["COMPLETED", "COMPLETED", "IN_PROGRESS", "UNPAID", "CANCELLED"] as const;
    for (const status of statuses) await makeEnrollment({ studentId: (await makeUser()).id, courseId: course.id, status });

    const { courses, pagination } = await listManagedCourses(actorOf(teacher), { q: token, sort: "title" });
    expect(pagination.totalRecords).toBe(2);
    expect(courses.map((c) => [c.id, c.status, c.studentsCount, c.completedCount, c.completionRate])).toEqual([
      // Four live enrolments (the cancelled one is not), two of them completed.
      [course.id, "Published", 4, 2, 0.5],
      [draft.id, "Draft", 0, 0, null],
    ]);
  });

  it("filters by status and pages", async () => {
    const mine = unique("paged");
    for (const n of [1, 2, 3]) await makeCourse({ teacherId: teacher.id, title: `${mine} ${n}`, status: n === 3 ? "ARCHIVED" : "DRAFT" });
    const drafts = await listManagedCourses(actorOf(teacher), { q: mine, status: "draft", sort: "title", limit: 1, page: 2 });
    expect(drafts.courses.map((c) => c.title)).toEqual([`${mine} 2`]);
    expect(drafts.pagination).toMatchObject({ totalRecords: 2, totalPages: 2, currentPage: 2 });
    expect((await listManagedCourses(actorOf(teacher), { q: mine, status: "Archived" })).courses.map((c) => c.title)).toEqual([`${mine} 3`]);
    expect((await fail(listManagedCourses(actorOf(teacher), { status: "Gone" })))?.status).toBe(400);
  });

  it("gives admins every course, narrowed to one teacher on request; a teacher's teacherId filter cannot widen their list", async () => {
    const all = await listManagedCourses(actorOf(admin), { q: token, sort: "title" });
    expect(all.courses.map((c) => c.title)).toEqual([`${token} busy`, `${token} draft`, `${token} theirs`]);
    expect((await listManagedCourses(actorOf(admin), { q: token, teacherId: other.id })).courses.map((c) => c.title)).toEqual([`${token} theirs`]);
    expect((await listManagedCourses(actorOf(teacher), { q: token, teacherId: other.id })).courses.map((c) => c.teacher.id)).toEqual([teacher.id, teacher.id]);
  });

  it("refuses students", async () => {
    expect((await fail(listManagedCourses(actorOf(await makeUser()), {})))?.status).toBe(403);
  });
});

describe("listTeacherOptions", () => {
  it("lists active teachers and admins for admins only", async () => {
    const disabled = await makeUser({ role: "TEACHER", disabled: true });
    const options = await listTeacherOptions(actorOf(admin));
    const ids = options.map((option) => option.id);
    expect(ids).toEqual(expect.arrayContaining([teacher.id, other.id, admin.id]));
    expect(ids).not.toContain(disabled.id);
    expect((await fail(listTeacherOptions(actorOf(teacher))))?.status).toBe(403);
  });
});
