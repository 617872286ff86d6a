import { beforeAll, describe, expect, it } from "vitest";
import { deleteCourse } from "@/lib/courses/delete-course";
import { getPublishedCourse } from "@/lib/courses/get-course";
import { db } from "@/lib/db";
import { makeCourse, makeEnrollment, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
});

const outline = [{ title: "One", contents: [{ title: "Lesson", type: "LESSON" as const }] }];

describe("deleteCourse", () => {
  it("deletes a course without enrolments with its outline and forum, audited, and drops it from public reads", async () => {
    const course = await makeCourse({ teacherId: teacher.id, outline });
    await db.discussion.create({ data: { title: "Q&A", courseId: course.id } });
    expect((await getPublishedCourse({ id: course.id })).id).toBe(course.id);

    await deleteCourse(actorOf(teacher), course.id);
    expect(await db.course.findUnique({ where: { id: course.id } })).toBeNull();
    expect(await db.module.count({ where: { courseId: course.id } })).toBe(0);
    expect(await db.discussion.count({ where: { courseId: course.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "course.delete", entityId: course.id } })).toMatchObject({ actorId: teacher.id, data: { slug: course.slug } });
    expect((await fail(getPublishedCourse({ id: course.id })))?.status).toBe(404);
  });

  it("refuses a course with any enrolment, even a cancelled one, and says to archive it instead", async () => {
    for (const status of ["IN_PROGRESS", "CANCELLED"] as const) {
      const course = await makeCourse({ teacherId: teacher.id, outline });
      await makeEnrollment({ studentId: (await makeUser()).id, courseId: course.id, status });
      const error = await fail(deleteCourse(actorOf(teacher), course.id));
      expect(error?.status).toBe(409);
      expect(error?.message).toBe("This course has 1 enrolment, so it cannot be deleted. Archive it instead: it leaves the catalog and its students keep their access.");
      expect(await db.course.findUnique({ where: { id: course.id } })).not.toBeNull();
    }
  });

  it("is for the course's teacher and admins: 404 for another teacher's draft, 403 for their published course", async () => {
    const [other, admin, student] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" }), makeUser()]);
    const draft = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    const published = await makeCourse({ teacherId: teacher.id });
    expect((await fail(deleteCourse(actorOf(other), draft.id)))?.status).toBe(404);
    expect((await fail(deleteCourse(actorOf(student), draft.id)))?.status).toBe(404);
    expect((await fail(deleteCourse(actorOf(other), published.id)))?.status).toBe(403);
    expect((await fail(deleteCourse(actorOf(student), published.id)))?.status).toBe(403);
    await deleteCourse(actorOf(admin), draft.id);
    await deleteCourse(actorOf(admin), published.id);
    expect(await db.course.count({ where: { id: { in: [draft.id, published.id] } } })).toBe(0);
  });
});
