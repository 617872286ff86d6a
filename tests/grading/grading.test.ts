import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { gradeSubmission } from "@/lib/grading/grade-submission";
import { getSubmissionForGrading } from "@/lib/grading/get-submission";
import { countUngraded, listGradingQueue } from "@/lib/grading/grading-queue";
import { listSubmissions } from "@/lib/grading/list-submissions";
import { makeAssignmentContent, makeAssignmentSubmission, makeCompletion, makeCourse, makeEnrollment, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";
import { mailsTo } from "../mail-helpers";

let teacher: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [teacher, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
});

/** A course of `owner` with two lessons and an assignment between them, and an enrolled student. */
async function courseWithAssignment(opts: { owner?: TestUser; rule?: "ON_SUBMISSION" | "ON_PASSING_GRADE"; passMark?: number; status?: "PUBLISHED" | "DRAFT"; dueAt?: Date } = {}) {
  const course = await makeCourse({
    teacherId: (opts.owner ?? teacher).id,
    status: opts.status,
    outline: [{ title: "One", contents: [{ title: "Intro", type: "LESSON" }] }],
  });
  const outline = await db.module.findFirstOrThrow({ where: { courseId: course.id }, include: { contents: true } });
  const assignment = await makeAssignmentContent({ moduleId: outline.id, title: "Essay", completionRule: opts.rule, passMark: opts.passMark ?? null, dueAt: opts.dueAt });
  await db.content.create({ data: { moduleId: outline.id, title: "Outro", type: "LESSON", position: 3 } });
  const student = await makeUser();
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id });
  await makeCompletion({ studentId: student.id, contentId: outline.contents[0]!.id });
  return { course, assignment, student, enrollment };
}

const enrollmentState = async (id: number) => {
  const row = await db.enrollment.findUniqueOrThrow({ where: { id }, select: { status: true, progressPercentage: true } });
  return { status: row.status, progress: Number(row.progressPercentage) };
};

describe("the grading queue", () => {
  it("lists the teacher's ungraded submissions, oldest first, with the late flag and due date", async () => {
    const owner = await makeUser({ role: "TEACHER" });
    const dueAt = new Date("2026-03-01T10:00:00Z");
    const a = await courseWithAssignment({ owner, dueAt });
    const b = await courseWithAssignment({ owner });
    const other = await courseWithAssignment();
    const newest = await makeAssignmentSubmission({ studentId: a.student.id, contentId: a.assignment.id, text: "mine", submittedAt: new Date("2026-03-03T00:00:00Z"), late: true });
    const oldest = await makeAssignmentSubmission({ studentId: b.student.id, contentId: b.assignment.id, url: "https://example.com/x", submittedAt: new Date("2026-02-01T00:00:00Z") });
    const second = await makeUser();
    await makeEnrollment({ studentId: second.id, courseId: a.course.id });
    const middle = await makeAssignmentSubmission({ studentId: second.id, contentId: a.assignment.id, submittedAt: new Date("2026-02-15T00:00:00Z") });
    const graded = await makeUser();
    await makeAssignmentSubmission({ studentId: graded.id, contentId: a.assignment.id, submittedAt: new Date("2026-01-01T00:00:00Z"), grade: 80, gradedById: owner.id });
    await makeAssignmentSubmission({ studentId: other.student.id, contentId: other.assignment.id });

    const { submissions, pagination } = await listGradingQueue(actorOf(owner), {});
    expect(submissions.map((s) => s.id)).toEqual([oldest.id, middle.id, newest.id]);
    expect(submissions[2]).toEqual({
      id: newest.id,
      student: { id: a.student.id, fullName: a.student.fullName, email: a.student.email },
      course: { id: a.course.id, title: a.course.title, slug: a.course.slug },
      content: { id: a.assignment.id, title: "Essay" },
      submittedAt: "2026-03-03T00:00:00.000Z",
      late: true,
      dueAt: "2026-03-01T10:00:00.000Z",
    });
    expect(submissions[0]).toMatchObject({ late: false, dueAt: null });
    expect(pagination).toMatchObject({ totalRecords: 3, currentPage: 1 });
    expect(await countUngraded(actorOf(owner))).toBe(3);

    const one = await listGradingQueue(actorOf(owner), { courseId: String(a.course.id) });
    expect(one.submissions.map((s) => s.id)).toEqual([middle.id, newest.id]);
    const named = await listGradingQueue(actorOf(owner), { q: second.email.toUpperCase() });
    expect(named.submissions.map((s) => s.id)).toEqual([middle.id]);
    const paged = await listGradingQueue(actorOf(owner), { limit: "2", page: "2" });
    expect(paged.submissions.map((s) => s.id)).toEqual([newest.id]);

    // An admin's queue holds every course's.
    const all = (await listGradingQueue(actorOf(admin), { limit: "100" })).submissions.map((s) => s.id);
    expect(all).toEqual(expect.arrayContaining([oldest.id, middle.id, newest.id]));
  });

  it("is for teachers and admins only", async () => {
    const student = await makeUser();
    expect((await fail(listGradingQueue(actorOf(student), {})))?.status).toBe(403);
  });

  it("per course over the API: ungraded by default, graded on request, the course's teacher only", async () => {
    const { course, assignment, student } = await courseWithAssignment();
    const waiting = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "Hello" });
    const other = await makeUser();
    const done = await makeAssignmentSubmission({ studentId: other.id, contentId: assignment.id, text: "Done", grade: 90, gradedById: teacher.id });
    expect((await listSubmissions(actorOf(teacher), course.id, {})).submissions).toEqual([
      { id: waiting.id, contentId: assignment.id, studentId: student.id, text: "Hello", url: null, fileName: null, submittedAt: waiting.submittedAt!.toISOString(), late: false, grade: null, feedback: null, gradedAt: null },
    ]);
    expect((await listSubmissions(actorOf(teacher), course.id, { status: "graded" })).submissions.map((s) => s.id)).toEqual([done.id]);
    expect((await listSubmissions(actorOf(teacher), course.id, { status: "all" })).pagination.totalRecords).toBe(2);
    const otherTeacher = await makeUser({ role: "TEACHER" });
    expect((await fail(listSubmissions(actorOf(otherTeacher), course.id, {})))?.status).toBe(403);
  });
});

describe("grading a submission", () => {
  it("sets the grade, feedback, time and grader, and mails the student a link to the assignment", async () => {
    const { course, assignment, student, enrollment } = await courseWithAssignment();
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "My essay" });
    const before = await enrollmentState(enrollment.id);
    const now = new Date("2026-05-01T08:00:00Z");
    const graded = await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 85, feedback: "  **Well argued.**  " }, now);
    expect(graded).toMatchObject({ id: submission.id, grade: 85, feedback: "**Well argued.**", gradedAt: "2026-05-01T08:00:00.000Z", text: "My essay" });
    const row = await db.completion.findUniqueOrThrow({ where: { id: submission.id } });
    expect(row).toMatchObject({ grade: 85, feedback: "**Well argued.**", gradedAt: now, gradedById: teacher.id });
    // ON_SUBMISSION: grading changes nothing about completion or progress.
    expect(await enrollmentState(enrollment.id)).toEqual(before);

    const [mail] = await mailsTo(student.email);
    expect(mail?.subject).toBe("Your assignment “Essay” was graded");
    expect(mail?.text).toContain(`Your teacher graded your assignment “Essay” in ${course.title}: 85 out of 100.`);
    expect(mail?.text).toContain(`\n${env().APP_URL}/learn/${course.slug}/${assignment.id}\n`);
    expect(await db.auditLog.count({ where: { entity: "Completion", entityId: submission.id } })).toBe(0);
  });

  it("mails in the student's language", async () => {
    const { course, assignment, student } = await courseWithAssignment();
    await db.user.update({ where: { id: student.id }, data: { locale: "id" } });
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "Esai" });
    await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 70 });
    const [mail] = await mailsTo(student.email);
    expect(mail?.subject).toBe("Tugas Anda “Essay” telah dinilai");
  });

  it("refuses grades outside 0–100, fractions and overlong feedback with field errors", async () => {
    const { course, assignment, student } = await courseWithAssignment();
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "x" });
    const cases: [unknown, string][] = [
      [{ grade: 101 }, "grade"],
      [{ grade: -1 }, "grade"],
      [{ grade: 50.5 }, "grade"],
      [{ grade: "80" }, "grade"],
      [{}, "grade"],
      [{ grade: 80, feedback: "x".repeat(10_001) }, "feedback"],
    ];
    for (const [input, field] of cases) {
      const error = await fail(gradeSubmission(actorOf(teacher), course.id, submission.id, input as Record<string, unknown>));
      expect(error?.status, JSON.stringify(input).slice(0, 40)).toBe(400);
      expect(error?.fieldErrors.map((e) => e.field)).toEqual([field]);
    }
    expect((await fail(gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 101 })))?.fieldErrors).toEqual([{ field: "grade", message: "grade must be at most 100" }]);
    expect(await db.completion.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({ grade: null, gradedAt: null });
    expect(await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 0 })).toMatchObject({ grade: 0 });
    expect(await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 100, feedback: "x".repeat(10_000) })).toMatchObject({ grade: 100 });
  });

  it("completes an assignment on a passing grade and recomputes progress in the same step; re-grading lower keeps it complete", async () => {
    const { course, assignment, student, enrollment } = await courseWithAssignment({ rule: "ON_PASSING_GRADE", passMark: 70 });
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "x", completed: false });
    expect(await enrollmentState(enrollment.id)).toEqual({ status: "IN_PROGRESS", progress: 0 });
    // makeEnrollment starts at 0 %; recomputation counts the intro lesson and the assignment: 2 of 3.
    const now = new Date("2026-05-02T09:00:00Z");
    await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 70 }, now);
    expect((await db.completion.findUniqueOrThrow({ where: { id: submission.id } })).completedAt).toEqual(now);
    expect(await enrollmentState(enrollment.id)).toEqual({ status: "IN_PROGRESS", progress: 66.67 });

    await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 20 }, new Date("2026-05-03T09:00:00Z"));
    const regraded = await db.completion.findUniqueOrThrow({ where: { id: submission.id } });
    expect(regraded).toMatchObject({ grade: 20, completedAt: now });
    expect(await enrollmentState(enrollment.id)).toEqual({ status: "IN_PROGRESS", progress: 66.67 });
  });

  it("a grade below the pass mark does not complete it nor move progress", async () => {
    const { course, assignment, student, enrollment } = await courseWithAssignment({ rule: "ON_PASSING_GRADE", passMark: 70 });
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "x", completed: false });
    await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 69 });
    expect((await db.completion.findUniqueOrThrow({ where: { id: submission.id } })).completedAt).toBeNull();
    expect(await enrollmentState(enrollment.id)).toEqual({ status: "IN_PROGRESS", progress: 0 });
  });

  it("the passing grade of the last content completes the course with its certificate", async () => {
    const { course, assignment, student, enrollment } = await courseWithAssignment({ rule: "ON_PASSING_GRADE", passMark: 50 });
    const outro = await db.content.findFirstOrThrow({ where: { title: "Outro", module: { courseId: course.id } } });
    await makeCompletion({ studentId: student.id, contentId: outro.id });
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "x", completed: false });
    await gradeSubmission(actorOf(teacher), course.id, submission.id, { grade: 90 });
    expect(await enrollmentState(enrollment.id)).toEqual({ status: "COMPLETED", progress: 100 });
    expect(await db.certificate.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
    expect((await mailsTo(student.email)).map((m) => m.subject).sort()).toEqual([`You completed ${course.title}`, "Your assignment “Essay” was graded"].sort());
  });

  it("two passing grades at once complete the course once: one certificate, one congratulation", async () => {
    const { course, assignment, student, enrollment } = await courseWithAssignment({ rule: "ON_PASSING_GRADE", passMark: 50 });
    const outro = await db.content.findFirstOrThrow({ where: { title: "Outro", module: { courseId: course.id } } });
    await makeCompletion({ studentId: student.id, contentId: outro.id });
    const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "x", completed: false });
    const results = await Promise.allSettled([80, 90].map((grade) => gradeSubmission(actorOf(teacher), course.id, submission.id, { grade })));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await enrollmentState(enrollment.id)).toEqual({ status: "COMPLETED", progress: 100 });
    expect(await db.certificate.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
    expect((await mailsTo(student.email)).filter((m) => m.subject.startsWith("You completed"))).toHaveLength(1);
  });

  it("another teacher gets 403 on a published course and 404 on a draft; a student 403; an admin grades with an audit entry", async () => {
    const published = await courseWithAssignment();
    const draft = await courseWithAssignment({ status: "DRAFT" });
    const onPublished = await makeAssignmentSubmission({ studentId: published.student.id, contentId: published.assignment.id, text: "x" });
    const onDraft = await makeAssignmentSubmission({ studentId: draft.student.id, contentId: draft.assignment.id, text: "x" });
    const otherTeacher = await makeUser({ role: "TEACHER" });
    const forbidden = await fail(gradeSubmission(actorOf(otherTeacher), published.course.id, onPublished.id, { grade: 50 }));
    expect(forbidden).toMatchObject({ status: 403, message: "Only the course's teacher or an administrator can see its students and submissions." });
    expect((await fail(gradeSubmission(actorOf(otherTeacher), draft.course.id, onDraft.id, { grade: 50 })))?.status).toBe(404);
    expect((await fail(gradeSubmission(actorOf(published.student), published.course.id, onPublished.id, { grade: 100 })))?.status).toBe(403);
    expect(await db.completion.findUniqueOrThrow({ where: { id: onPublished.id } })).toMatchObject({ grade: null });

    await gradeSubmission(actorOf(admin), published.course.id, onPublished.id, { grade: 75 });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "Completion", entityId: onPublished.id } });
    expect(entry).toMatchObject({ actorId: admin.id, action: "submission.grade", data: { courseId: published.course.id, studentId: published.student.id, grade: 75 } });
  });

  it("a submission of another course, a lesson's completion or an unknown id is not found", async () => {
    const one = await courseWithAssignment();
    const two = await courseWithAssignment();
    const submission = await makeAssignmentSubmission({ studentId: two.student.id, contentId: two.assignment.id, text: "x" });
    const lesson = await db.completion.findFirstOrThrow({ where: { studentId: one.student.id } });
    for (const id of [submission.id, lesson.id, 2_000_000_000]) {
      expect((await fail(gradeSubmission(actorOf(teacher), one.course.id, id, { grade: 50 })))).toMatchObject({ status: 404, message: "Submission not found." });
    }
  });

  it("its grading page shows the submission and the next one waiting; other teachers cannot open it", async () => {
    const owner = await makeUser({ role: "TEACHER" });
    const { course, assignment, student } = await courseWithAssignment({ owner, rule: "ON_PASSING_GRADE", passMark: 60 });
    const first = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "First", submittedAt: new Date("2026-01-01T00:00:00Z"), completed: false });
    const other = await makeUser();
    const second = await makeAssignmentSubmission({ studentId: other.id, contentId: assignment.id, text: "Second", submittedAt: new Date("2026-01-02T00:00:00Z"), completed: false });
    const page = await getSubmissionForGrading(actorOf(owner), first.id);
    expect(page).toMatchObject({
      submission: { id: first.id, text: "First" },
      student: { id: student.id },
      course: { id: course.id, slug: course.slug },
      assignment: { id: assignment.id, title: "Essay", completionRule: "On passing grade", passMark: 60 },
      completed: false,
      nextUngradedId: second.id,
    });
    expect((await getSubmissionForGrading(actorOf(owner), second.id)).nextUngradedId).toBe(first.id);
    expect((await fail(getSubmissionForGrading(actorOf(teacher), first.id)))?.status).toBe(403);
    expect((await fail(getSubmissionForGrading(actorOf(student), first.id)))?.status).toBe(404);
  });
});
