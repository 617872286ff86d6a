import { beforeAll, describe, expect, it } from "vitest";
import { certificateCode } from "@/lib/certificates/issue-certificate";
import { createContent } from "@/lib/contents/create-content";
import { deleteContent } from "@/lib/contents/delete-content";
import { db } from "@/lib/db";
import { announceCompletions } from "@/lib/progress/announce-completions";
import { progressPercentage, recomputeProgress } from "@/lib/progress/recompute-progress";
import { makeCompletion, makeCourse, makeEnrollment, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { mailsTo } from "../mail-helpers";

let teacher: TestUser;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
});

/** A published course of three lessons and a student enrolled in it. */
async function enrolledCourse(opts: { status?: "IN_PROGRESS" | "COMPLETED" } = {}) {
  const course = await makeCourse({
    teacherId: teacher.id,
    outline: [{ title: "One", contents: [{ title: "A", type: "LESSON" }, { title: "B", type: "LESSON" }, { title: "C", type: "LESSON" }] }],
  });
  const student = await makeUser();
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: opts.status });
  const contents = await db.content.findMany({ where: { module: { courseId: course.id } }, orderBy: { position: "asc" } });
  const moduleId = contents[0]!.moduleId;
  return { course, student, enrollment, contents, moduleId };
}

const recompute = (enrollmentId: number) => db.$transaction((tx) => recomputeProgress(tx, enrollmentId));
const stateOf = (id: number) =>
  db.enrollment.findUniqueOrThrow({ where: { id }, select: { status: true, progressPercentage: true, completedAt: true, certificate: { select: { code: true } } } });

describe("the progress percentage", () => {
  it("is completed over total with two decimals, 0 for an empty course, never above 100", () => {
    expect([progressPercentage(1, 3), progressPercentage(2, 3), progressPercentage(3, 3), progressPercentage(0, 0), progressPercentage(5, 3)]).toEqual([33.33, 66.67, 100, 0, 100]);
  });
});

describe("recomputing an enrolment's progress", () => {
  it("counts completed contents only, not a submission still waiting for its grade", async () => {
    const { student, enrollment, contents } = await enrolledCourse();
    await makeCompletion({ studentId: student.id, contentId: contents[0]!.id });
    await db.completion.create({ data: { studentId: student.id, contentId: contents[1]!.id, completedAt: null, submittedAt: new Date(), submissionText: "waiting" } });
    const result = await recompute(enrollment.id);
    expect(result).toMatchObject({ progressPercentage: 33.33, completedNow: null });
    expect(await stateOf(enrollment.id)).toMatchObject({ status: "IN_PROGRESS", completedAt: null, certificate: null });
    expect(Number((await stateOf(enrollment.id)).progressPercentage)).toBe(33.33);
  });

  it("completes the enrolment at 100 % with one certificate, however often it runs, and mails the student", async () => {
    const { student, enrollment, contents } = await enrolledCourse();
    for (const content of contents) await makeCompletion({ studentId: student.id, contentId: content.id });
    const [first, second] = [await recompute(enrollment.id), await recompute(enrollment.id)];
    expect(first?.completedNow?.code).toMatch(/^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}-[A-HJ-NP-Z2-9]{6}$/);
    expect(second?.completedNow).toBeNull();
    const state = await stateOf(enrollment.id);
    expect(state).toMatchObject({ status: "COMPLETED", certificate: { code: first?.completedNow?.code } });
    expect(Number(state.progressPercentage)).toBe(100);
    expect(state.completedAt).toBeInstanceOf(Date);
    expect(await db.certificate.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
    await announceCompletions([first, second]);
    expect(await mailsTo(student.email)).toHaveLength(1);
  });

  it("leaves unpaid and cancelled enrolments as they are", async () => {
    const { student, contents, course } = await enrolledCourse();
    const other = await makeUser();
    const unpaid = await makeEnrollment({ studentId: other.id, courseId: course.id, status: "UNPAID" });
    for (const content of contents) await makeCompletion({ studentId: other.id, contentId: content.id });
    expect((await recompute(unpaid.id))?.completedNow).toBeNull();
    expect(await stateOf(unpaid.id)).toMatchObject({ status: "UNPAID", certificate: null });
    const cancelled = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "CANCELLED" });
    expect(await recompute(cancelled.id)).toBeNull();
  });
});

describe("when the teacher changes the curriculum", () => {
  it("adding a content lowers an in-progress student's progress and leaves a completed one completed", async () => {
    const ongoing = await enrolledCourse();
    await makeCompletion({ studentId: ongoing.student.id, contentId: ongoing.contents[0]!.id });
    await recompute(ongoing.enrollment.id);
    const finished = await makeUser();
    const done = await makeEnrollment({ studentId: finished.id, courseId: ongoing.course.id, status: "COMPLETED", progressPercentage: 100 });

    await createContent(actorOf(teacher), ongoing.course.id, ongoing.moduleId, { type: "Lesson", title: "D", body: "More" });
    expect(Number((await stateOf(ongoing.enrollment.id)).progressPercentage)).toBe(25);
    expect(await stateOf(done.id)).toMatchObject({ status: "COMPLETED" });
    expect(Number((await stateOf(done.id)).progressPercentage)).toBe(100);
  });

  it("removing the last content a student had not done completes their course and mails the certificate", async () => {
    const { course, student, enrollment, contents, moduleId } = await enrolledCourse();
    await makeCompletion({ studentId: student.id, contentId: contents[0]!.id });
    await makeCompletion({ studentId: student.id, contentId: contents[1]!.id });
    await recompute(enrollment.id);
    expect(Number((await stateOf(enrollment.id)).progressPercentage)).toBe(66.67);

    await deleteContent(actorOf(teacher), course.id, moduleId, contents[2]!.id);
    const state = await stateOf(enrollment.id);
    expect(state.status).toBe("COMPLETED");
    const mails = await mailsTo(student.email);
    expect(mails.map((mail) => mail.subject)).toEqual([`You completed ${course.title}`]);
    expect(mails[0]!.text).toContain(`/certificates/${state.certificate!.code}`);
  });
});

describe("certificate codes", () => {
  it("are 26 characters of an alphabet without look-alikes, and differ every time", () => {
    const codes = new Set(Array.from({ length: 1000 }, certificateCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code.replaceAll("-", "")).toMatch(/^[A-HJ-NP-Z2-9]{26}$/);
  });
});
