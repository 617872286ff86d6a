// Account changes that show on public course pages reach visitors on the very next read,
// although those pages come from the read cache.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { invalidatePublic } from "@/lib/cache/public-data";
import { getPublishedCourse } from "@/lib/courses/get-course";
import { listPublishedCourses } from "@/lib/courses/list-courses";
import { removeAvatar, setAvatar } from "@/lib/users/avatar";
import { deleteUser } from "@/lib/users/delete-user";
import { updateUser } from "@/lib/users/update-user";
import { makeCourse, makeEnrollment, makeUser, unique, uniqueIp } from "../factories";
import { actorOf } from "../helpers/actors";

const png = new Uint8Array(readFileSync("e2e/fixtures/avatar.png"));

async function teacherWithCourse() {
  const teacher = await makeUser({ role: "TEACHER" });
  const token = unique("profile");
  const course = await makeCourse({ teacherId: teacher.id, title: token });
  // Fill the cache: the list and the course page as a visitor sees them.
  await listPublishedCourses({ q: token });
  await getPublishedCourse({ id: course.id });
  return { teacher, token, course };
}

describe("a teacher's public profile", () => {
  it("a new name shows in the catalog and on the course page at once", async () => {
    const { teacher, token, course } = await teacherWithCourse();
    await updateUser(actorOf(teacher), teacher.id, { fullName: "Renamed Teacher" }, { ip: uniqueIp() });
    expect((await listPublishedCourses({ q: token })).courses.map((c) => c.teacher.fullName)).toEqual(["Renamed Teacher"]);
    expect((await getPublishedCourse({ id: course.id })).teacher.fullName).toBe("Renamed Teacher");
  });

  it("a new or removed picture shows at once", async () => {
    const { teacher, token, course } = await teacherWithCourse();
    const { avatarUrl } = await setAvatar(actorOf(teacher), teacher.id, { bytes: png, size: png.byteLength });
    expect(avatarUrl).toMatch(/^\/uploads\/avatars\//);
    expect((await listPublishedCourses({ q: token })).courses[0]?.teacher.avatarUrl).toBe(avatarUrl);
    await removeAvatar(actorOf(teacher), teacher.id);
    expect((await getPublishedCourse({ id: course.id })).teacher.avatarUrl).toBeNull();
  });
});

describe("a deleted student", () => {
  it("no longer counts among a course's students on the next read", async () => {
    const { token, course } = await teacherWithCourse();
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: course.id });
    // What the enrolment use case does after it commits.
    await invalidatePublic({ course: course.id });
    expect((await listPublishedCourses({ q: token })).courses[0]?.studentsCount).toBe(1);
    expect((await getPublishedCourse({ id: course.id })).studentsCount).toBe(1);

    await deleteUser(actorOf(student), student.id);
    expect((await listPublishedCourses({ q: token })).courses[0]?.studentsCount).toBe(0);
    expect((await getPublishedCourse({ id: course.id })).studentsCount).toBe(0);
  });
});
