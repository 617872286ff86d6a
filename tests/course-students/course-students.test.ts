import { beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "@/lib/shared/csv";
import { getCourseStats } from "@/lib/course-students/course-stats";
import { listCourseStudents } from "@/lib/course-students/list-course-students";
import { courseStudentsCsv } from "@/lib/course-students/students-csv";
import { db } from "@/lib/db";
import { makeAssignmentContent, makeAssignmentSubmission, makeCompletion, makeCourse, makeEnrollment, makeQuizAttempt, makeUser, type TestUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: TestUser;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
});

/** A course with a lesson, two quizzes and two assignments. */
async function course() {
  const made = await makeCourse({
    teacherId: teacher.id,
    outline: [{ title: "One", contents: [{ title: "Intro", type: "LESSON" }, { title: "Quiz A", type: "QUIZ" }, { title: "Quiz B", type: "QUIZ" }] }],
  });
  const outline = await db.module.findFirstOrThrow({ where: { courseId: made.id }, include: { contents: { orderBy: { position: "asc" } } } });
  const [lesson, quizA, quizB] = outline.contents as [(typeof outline.contents)[0], (typeof outline.contents)[0], (typeof outline.contents)[0]];
  const essay = await makeAssignmentContent({ moduleId: outline.id, title: "Essay" });
  const report = await makeAssignmentContent({ moduleId: outline.id, title: "Report" });
  return { course: made, lesson, quizA, quizB, essay, report };
}

describe("the students of a course", () => {
  it("one row per student with progress, last activity, best quiz scores and assignment counts", async () => {
    const { course: c, lesson, quizA, quizB, essay, report } = await course();
    const ana = await makeUser({ fullName: "Ana Putri" });
    const budi = await makeUser({ fullName: "budi Santoso" });
    const enrolledAt = new Date("2026-01-05T03:00:00Z");
    const anaEnrollment = await makeEnrollment({ studentId: ana.id, courseId: c.id, progressPercentage: 40, enrolledAt });
    await db.enrollment.update({ where: { id: anaEnrollment.id }, data: { lastActivityAt: new Date("2026-01-06T00:00:00Z") } });
    await db.completion.create({ data: { studentId: ana.id, contentId: lesson.id, completedAt: new Date("2026-01-07T00:00:00Z") } });
    await makeQuizAttempt({ studentId: ana.id, contentId: quizA.id, percentage: 40, createdAt: new Date("2026-01-08T00:00:00Z") });
    await makeQuizAttempt({ studentId: ana.id, contentId: quizA.id, percentage: 90, createdAt: new Date("2026-01-09T00:00:00Z") });
    await makeQuizAttempt({ studentId: ana.id, contentId: quizB.id, percentage: 75.5, createdAt: new Date("2026-01-08T12:00:00Z") });
    await makeAssignmentSubmission({ studentId: ana.id, contentId: essay.id, text: "x", submittedAt: new Date("2026-01-10T00:00:00Z"), late: true, grade: 80, gradedById: teacher.id });
    await makeAssignmentSubmission({ studentId: ana.id, contentId: report.id, text: "y", submittedAt: new Date("2026-01-04T00:00:00Z") });
    // Budi left once and enrolled again: his live enrolment is his row.
    await makeEnrollment({ studentId: budi.id, courseId: c.id, status: "CANCELLED", enrolledAt: new Date("2025-12-01T00:00:00Z") });
    const budiLive = await makeEnrollment({ studentId: budi.id, courseId: c.id, status: "UNPAID", enrolledAt: new Date("2026-01-02T00:00:00Z") });

    const { students, pagination } = await listCourseStudents(actorOf(teacher), c.id, {});
    expect(pagination).toMatchObject({ totalRecords: 2, currentPage: 1, totalPages: 1 });
    const gradedAt = (await db.completion.findFirstOrThrow({ where: { studentId: ana.id, contentId: essay.id } })).gradedAt!;
    expect(students).toEqual([
      {
        enrollmentId: anaEnrollment.id,
        student: { id: ana.id, fullName: "Ana Putri", email: ana.email },
        status: "In Progress",
        progressPercentage: 40,
        enrolledAt: enrolledAt.toISOString(),
        completedAt: null,
        // The grade came last (now); the student's own latest act was the late essay.
        lastActivityAt: gradedAt.toISOString(),
        quizzes: { total: 2, taken: 2, averageScore: 82.75 },
        assignments: { total: 2, submitted: 2, graded: 1, late: 1 },
      },
      {
        enrollmentId: budiLive.id,
        student: { id: budi.id, fullName: "budi Santoso", email: budi.email },
        status: "Unpaid",
        progressPercentage: 0,
        enrolledAt: "2026-01-02T00:00:00.000Z",
        completedAt: null,
        lastActivityAt: null,
        quizzes: { total: 2, taken: 0, averageScore: null },
        assignments: { total: 2, submitted: 0, graded: 0, late: 0 },
      },
    ]);
  });

  it("searches by name or email, filters by status, sorts and pages", async () => {
    const { course: c, lesson } = await course();
    const tag = unique("zz");
    const names = ["Citra", "Ahmad", "Bayu"];
    const users = [];
    for (const [i, name] of names.entries()) {
      const user = await makeUser({ fullName: `${name} ${tag}` });
      users.push(user);
      await makeEnrollment({ studentId: user.id, courseId: c.id, progressPercentage: [50, 10, 90][i], enrolledAt: new Date(Date.UTC(2026, 0, 10 + i)), status: i === 2 ? "COMPLETED" : "IN_PROGRESS" });
    }
    await makeCompletion({ studentId: users[1]!.id, contentId: lesson.id });
    const namesOf = async (input: Record<string, string>) => (await listCourseStudents(actorOf(teacher), c.id, input)).students.map((s) => s.student.fullName.split(" ")[0]);

    expect(await namesOf({})).toEqual(["Ahmad", "Bayu", "Citra"]);
    expect(await namesOf({ sort: "name-desc" })).toEqual(["Citra", "Bayu", "Ahmad"]);
    expect(await namesOf({ sort: "progress" })).toEqual(["Bayu", "Citra", "Ahmad"]);
    expect(await namesOf({ sort: "progress-asc" })).toEqual(["Ahmad", "Citra", "Bayu"]);
    expect(await namesOf({ sort: "enrolled" })).toEqual(["Bayu", "Ahmad", "Citra"]);
    expect(await namesOf({ sort: "activity" })).toEqual(["Ahmad", "Bayu", "Citra"]);
    expect(await namesOf({ q: "bay" })).toEqual(["Bayu"]);
    expect(await namesOf({ q: users[0]!.email.toUpperCase() })).toEqual(["Citra"]);
    expect(await namesOf({ q: "100%_" })).toEqual([]);
    expect(await namesOf({ status: "completed" })).toEqual(["Bayu"]);
    const page = await listCourseStudents(actorOf(teacher), c.id, { limit: "2", page: "2" });
    expect(page.students.map((s) => s.student.fullName.split(" ")[0])).toEqual(["Citra"]);
    expect(page.pagination).toMatchObject({ totalRecords: 3, totalPages: 2, prevPage: 1, nextPage: null });
    expect((await fail(listCourseStudents(actorOf(teacher), c.id, { sort: "age" })))?.fieldErrors.map((e) => e.field)).toEqual(["sort"]);
  });

  it("only the course's teacher and admins see them", async () => {
    const { course: c } = await course();
    const draft = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    const otherTeacher = await makeUser({ role: "TEACHER" });
    const student = await makeUser();
    expect((await fail(listCourseStudents(actorOf(otherTeacher), c.id, {})))?.status).toBe(403);
    expect((await fail(listCourseStudents(actorOf(otherTeacher), draft.id, {})))?.status).toBe(404);
    expect((await fail(listCourseStudents(actorOf(student), c.id, {})))?.status).toBe(403);
    const admin = await makeUser({ role: "ADMIN" });
    expect((await listCourseStudents(actorOf(admin), c.id, {})).students).toEqual([]);
  });
});

describe("the CSV export", () => {
  it("escapes commas, quotes and line breaks, and defuses formulas", () => {
    expect(toCsv([["Name", "Note"], ["Smith, Jo", 'say "hi"'], ["=SUM(A1:A2)", "+62 811"], ["-5", "@admin"], ["line\nbreak", 12.5], [null, -3]])).toBe(
      '\uFEFFName,Note\r\n"Smith, Jo","say ""hi"""\r\n\'=SUM(A1:A2),\'+62 811\r\n\'-5,\'@admin\r\n"line\nbreak",12.5\r\n,-3\r\n',
    );
    expect(toCsv([['=HYPERLINK("http://x","y")']])).toBe('\uFEFF"\'=HYPERLINK(""http://x"",""y"")"\r\n');
  });

  it("holds every matching student in the list's order, headers in the reader's language", async () => {
    const { course: c } = await course();
    const risky = await makeUser({ fullName: '=cmd|"calc"!A1, Jr.' });
    const plain = await makeUser({ fullName: "Zed" });
    await makeEnrollment({ studentId: risky.id, courseId: c.id, progressPercentage: 33.33, enrolledAt: new Date("2026-02-01T00:00:00Z") });
    await makeEnrollment({ studentId: plain.id, courseId: c.id, status: "COMPLETED", progressPercentage: 100, enrolledAt: new Date("2026-02-02T00:00:00Z") });
    const completedAt = (await db.enrollment.findFirstOrThrow({ where: { studentId: plain.id } })).completedAt!.toISOString();
    const now = new Date("2026-03-04T05:00:00Z");
    const { csv, fileName } = await courseStudentsCsv(actorOf(teacher), c.id, { limit: "1" }, "en", now);
    expect(fileName).toBe(`${c.slug}-students-2026-03-04.csv`);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFName,Email,Status,Progress (%),Enrolled at (UTC),Last activity (UTC),Completed at (UTC),Quizzes taken,Quiz average (%),Assignments submitted,Assignments graded,Late submissions",
      `"'=cmd|""calc""!A1, Jr.",${risky.email},In progress,33.33,2026-02-01T00:00:00.000Z,,,0,,0,0,0`,
      `Zed,${plain.email},Completed,100,2026-02-02T00:00:00.000Z,,${completedAt},0,,0,0,0`,
      "",
    ]);
    const indonesian = await courseStudentsCsv(actorOf(teacher), c.id, { sort: "name-desc" }, "id", now);
    expect(indonesian.csv.split("\r\n")[0]).toMatch(/^\uFEFFNama,Email,Status,Kemajuan \(%\)/);
    expect(indonesian.csv.split("\r\n")[1]).toMatch(/^Zed,.*,Selesai,100,/);
  });
});

describe("the course's charts", () => {
  it("counts enrolments per week in the reader's zone, completion, and best quiz scores in ten buckets", async () => {
    const { course: c, quizA, quizB } = await course();
    const now = new Date("2026-03-18T12:00:00Z"); // a Wednesday
    const students = await Promise.all([1, 2, 3, 4].map(() => makeUser()));
    // Monday 16 March 01:00 in Jakarta is still Sunday in UTC: it counts in the week of the 16th there.
    await makeEnrollment({ studentId: students[0]!.id, courseId: c.id, enrolledAt: new Date("2026-03-15T18:00:00Z"), status: "COMPLETED" });
    await makeEnrollment({ studentId: students[1]!.id, courseId: c.id, enrolledAt: new Date("2026-03-10T00:00:00Z") });
    await makeEnrollment({ studentId: students[2]!.id, courseId: c.id, enrolledAt: new Date("2025-01-01T00:00:00Z"), status: "UNPAID" });
    await makeEnrollment({ studentId: students[3]!.id, courseId: c.id, enrolledAt: new Date("2026-03-17T00:00:00Z"), status: "CANCELLED" });
    await makeQuizAttempt({ studentId: students[0]!.id, contentId: quizA.id, percentage: 5 });
    await makeQuizAttempt({ studentId: students[0]!.id, contentId: quizA.id, percentage: 95 });
    await makeQuizAttempt({ studentId: students[0]!.id, contentId: quizB.id, percentage: 100 });
    await makeQuizAttempt({ studentId: students[1]!.id, contentId: quizA.id, percentage: 59.99 });

    const jakarta = await getCourseStats(actorOf(teacher), c.id, { timeZone: "Asia/Jakarta", now });
    expect(jakarta.enrolmentsPerWeek).toHaveLength(12);
    expect(jakarta.enrolmentsPerWeek.slice(-2)).toEqual([{ weekStart: "2026-03-09", count: 1 }, { weekStart: "2026-03-16", count: 2 }]);
    const utc = await getCourseStats(actorOf(teacher), c.id, { timeZone: "UTC", now });
    expect(utc.enrolmentsPerWeek.slice(-2)).toEqual([{ weekStart: "2026-03-09", count: 2 }, { weekStart: "2026-03-16", count: 1 }]);
    expect(jakarta.byStatus).toEqual([{ status: "UNPAID", count: 1 }, { status: "IN_PROGRESS", count: 1 }, { status: "COMPLETED", count: 1 }]);
    expect(jakarta.completionRate).toBeCloseTo(1 / 3);
    expect(jakarta.quizScores.map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
    expect(jakarta.quizScores[9]).toEqual({ from: 90, to: 100, count: 2 });
    const empty = await getCourseStats(actorOf(teacher), (await course()).course.id, { timeZone: "UTC", now });
    expect(empty.completionRate).toBeNull();
  });
});
