import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeContent } from "@/lib/learning/complete-content";
import { getContentState } from "@/lib/learning/content-state";
import { makeInvoice, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { progressOf, studyCourse } from "./learning-helpers";

const lessons = (count: number) => Array.from({ length: count }, (_, i) => ({ title: `Lesson ${i + 1}`, type: "LESSON" as const }));

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: { status?: number; message?: string }) => ({ status: error.status, message: error.message }));

describe("marking a lesson, video, link or file complete", () => {
  it("records one completion, again changes nothing, and progress is exact", async () => {
    const { student, enrollment, refOf } = await studyCourse([...lessons(2), { title: "Site", type: "LINK", url: "https://example.com" }]);
    const first = await completeContent(student, refOf(0), {});
    expect(first).toMatchObject({ completed: true, progressPercentage: 33.33, enrollmentStatus: "In Progress" });
    const again = await completeContent(student, refOf(0), {});
    expect(again.completedAt).toBe(first.completedAt);
    expect(await db.completion.count({ where: { studentId: student.id } })).toBe(1);
    expect((await completeContent(student, refOf(2), {})).progressPercentage).toBe(66.67);
    expect(await progressOf(enrollment.id)).toMatchObject({ progressPercentage: 66.67, status: "IN_PROGRESS" });
  });

  it("never double-counts five concurrent completions of the same lesson", async () => {
    const { student, enrollment, refOf, contents } = await studyCourse(lessons(3));
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => completeContent(student, refOf(0), {})));
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    expect(await db.completion.count({ where: { studentId: student.id, contentId: contents[0]!.id } })).toBe(1);
    expect((await progressOf(enrollment.id)).progressPercentage).toBe(33.33);
  });

  it("completes the course with the last content: Completed, 100 % and one certificate, never above 100", async () => {
    const { student, enrollment, refOf } = await studyCourse(lessons(2));
    await completeContent(student, refOf(0), {});
    const last = await Promise.all([completeContent(student, refOf(1), {}), completeContent(student, refOf(1), {})]);
    expect(last.map((outcome) => outcome.progressPercentage)).toEqual([100, 100]);
    expect(await progressOf(enrollment.id)).toMatchObject({ status: "COMPLETED", progressPercentage: 100, certificate: { id: expect.any(Number) } });
    expect(await db.certificate.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
  });

  it("records where the student is: the last content and the time", async () => {
    const { student, enrollment, refOf, contents } = await studyCourse(lessons(2));
    await completeContent(student, refOf(1), {});
    const row = await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } });
    expect(row.lastContentId).toBe(contents[1]!.id);
    expect(row.lastActivityAt).not.toBeNull();
  });
});

describe("who may complete", () => {
  it("the course's teacher and admins preview: 403 and nothing recorded", async () => {
    const { teacher, refOf } = await studyCourse(lessons(1));
    const admin = await makeUser({ role: "ADMIN" });
    expect(await failure(completeContent(actorOf(teacher), refOf(0), {}))).toMatchObject({ status: 403, message: expect.stringContaining("preview") });
    expect(await failure(completeContent(actorOf(admin), refOf(0), {}))).toMatchObject({ status: 403 });
    expect(await db.completion.count({ where: { contentId: refOf(0).contentId } })).toBe(0);
  });

  it("an unpaid, a cancelled or a not enrolled student, or a course not released yet: 403", async () => {
    const unpaid = await studyCourse(lessons(1), { status: "UNPAID" });
    await makeInvoice({ enrollmentId: unpaid.enrollment.id });
    const cancelled = await studyCourse(lessons(1), { status: "CANCELLED" });
    const later = await studyCourse(lessons(1), { releaseDate: new Date(Date.now() + 86_400_000) });
    const stranger = actorOf(await makeUser());
    for (const [actor, ref] of [
      [unpaid.student, unpaid.refOf(0)],
      [cancelled.student, cancelled.refOf(0)],
      [later.student, later.refOf(0)],
      [stranger, later.refOf(0)],
    ] as const) {
      expect(await failure(completeContent(actor, ref, {}))).toMatchObject({ status: 403 });
    }
    expect(await db.completion.count({ where: { contentId: { in: [unpaid.refOf(0).contentId, cancelled.refOf(0).contentId, later.refOf(0).contentId] } } })).toBe(0);
  });

  it("a content of another course, or a draft course: 404", async () => {
    const one = await studyCourse(lessons(1));
    const other = await studyCourse(lessons(1));
    expect(await failure(completeContent(one.student, { ...one.refOf(0), contentId: other.refOf(0).contentId }, {}))).toMatchObject({ status: 404 });
    await db.course.update({ where: { id: one.course.id }, data: { status: "DRAFT" } });
    expect(await failure(completeContent(one.student, one.refOf(0), {}))).toMatchObject({ status: 404 });
  });

  it("a student's record is their own: another enrolled student sees none of it", async () => {
    const { student, course, refOf } = await studyCourse(lessons(1));
    await completeContent(student, refOf(0), {});
    const other = await makeUser();
    await db.enrollment.create({ data: { studentId: other.id, courseId: course.id, status: "IN_PROGRESS" } });
    expect(await getContentState(actorOf(other), refOf(0))).toMatchObject({ completed: false, completedAt: null });
  });
});
