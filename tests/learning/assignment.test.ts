import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeContent } from "@/lib/learning/complete-content";
import { getContentState } from "@/lib/learning/content-state";
import { openSubmissionFile } from "@/lib/grading/submission-file";
import { submitAssignmentForm } from "@/lib/learning/submit-assignment";
import { makeUser } from "../factories";
import { pdfBytes } from "../contents/file-samples";
import { actorOf } from "../helpers/actors";
import { progressOf, studyCourse } from "./learning-helpers";

type Setup = { kinds?: ("TEXT" | "URL" | "FILE")[]; rule?: "ON_SUBMISSION" | "ON_PASSING_GRADE"; dueAt?: Date | null };

async function assignmentCourse(setup: Setup = {}) {
  const course = await studyCourse([{ title: "Essay", type: "ASSIGNMENT" }, { title: "Reading", type: "LESSON" }]);
  await db.content.update({
    where: { id: course.contents[0]!.id },
    data: { submissionKinds: setup.kinds ?? ["TEXT", "URL"], completionRule: setup.rule ?? "ON_SUBMISSION", passMark: setup.rule === "ON_PASSING_GRADE" ? 60 : null, dueAt: setup.dueAt ?? null },
  });
  return course;
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: { status?: number; fieldErrors?: unknown }) => ({ status: error.status, fieldErrors: error.fieldErrors }));

const multipart = (fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === "string") form.set(name, value);
    else form.set(name, value, "essay.pdf");
  }
  return new Request("http://localhost/upload", { method: "POST", body: form });
};

describe("an assignment submission", () => {
  it("on submission: complete at once, with the text and link as sent, not late before the due date", async () => {
    const { student, refOf, enrollment } = await assignmentCourse({ dueAt: new Date(Date.now() + 86_400_000) });
    const outcome = await completeContent(student, refOf(0), { text: "My essay", url: "https://example.com/essay" });
    expect(outcome).toMatchObject({ completed: true, progressPercentage: 50, submission: { text: "My essay", url: "https://example.com/essay", late: false, grade: null, file: null } });
    expect((await progressOf(enrollment.id)).progressPercentage).toBe(50);
  });

  it("on a passing grade: handed in but not complete", async () => {
    const { student, refOf, enrollment } = await assignmentCourse({ rule: "ON_PASSING_GRADE" });
    const outcome = await completeContent(student, refOf(0), { text: "Draft" });
    expect(outcome).toMatchObject({ completed: false, completedAt: null, submission: { text: "Draft" } });
    expect((await progressOf(enrollment.id)).progressPercentage).toBe(0);
  });

  it("after the due date is marked late", async () => {
    const { student, refOf } = await assignmentCourse({ dueAt: new Date(Date.now() - 60_000) });
    expect((await completeContent(student, refOf(0), { text: "Sorry" })).submission).toMatchObject({ late: true });
  });

  it("takes only the kinds the teacher asked for, and at least one", async () => {
    const { student, refOf } = await assignmentCourse({ kinds: ["TEXT"] });
    expect(await failure(completeContent(student, refOf(0), { url: "https://example.com" }))).toMatchObject({ status: 400, fieldErrors: [{ field: "url" }] });
    expect(await failure(completeContent(student, refOf(0), {}))).toMatchObject({ status: 400 });
    expect(await failure(completeContent(student, refOf(0), { text: "   " }))).toMatchObject({ status: 400 });
    expect(await failure(submitAssignmentForm(student, refOf(0), multipart({ file: new Blob([pdfBytes()], { type: "application/pdf" }) })))).toMatchObject({ status: 400, fieldErrors: [{ field: "file" }] });
    expect(await db.completion.count({ where: { studentId: student.id } })).toBe(0);
  });

  it("can be edited until graded, then 409", async () => {
    const { student, refOf, teacher } = await assignmentCourse();
    const first = await completeContent(student, refOf(0), { text: "First" });
    const edited = await completeContent(student, refOf(0), { url: "https://example.com/v2" });
    expect(edited.submission).toMatchObject({ text: null, url: "https://example.com/v2" });
    expect(edited.completedAt).toBe(first.completedAt);
    await db.completion.updateMany({ where: { studentId: student.id }, data: { grade: 80, feedback: "**Good**", gradedAt: new Date(), gradedById: teacher.id } });
    expect(await failure(completeContent(student, refOf(0), { text: "Third" }))).toMatchObject({ status: 409 });
    expect((await getContentState(student, refOf(0))).submission).toMatchObject({ url: "https://example.com/v2", grade: 80, feedback: "**Good**", gradedAt: expect.any(String) });
  });

  it("takes a file by its bytes; the submitter, the teacher and admins download it, another student gets 404", async () => {
    const { student, refOf, teacher } = await assignmentCourse({ kinds: ["FILE", "TEXT"] });
    const outcome = await submitAssignmentForm(student, refOf(0), multipart({ text: "See the file", file: new Blob([pdfBytes()], { type: "application/pdf" }) }));
    expect(outcome.submission).toMatchObject({ text: "See the file", file: { name: "essay.pdf", type: "application/pdf" } });
    const completionId = outcome.submission!.completionId;
    for (const actor of [student, actorOf(teacher), actorOf(await makeUser({ role: "ADMIN" }))]) {
      const download = await openSubmissionFile(actor, completionId);
      expect(download.fileName).toBe("essay.pdf");
      await download.stream.cancel();
    }
    for (const actor of [actorOf(await makeUser()), actorOf(await makeUser({ role: "TEACHER" }))]) {
      expect(await failure(openSubmissionFile(actor, completionId))).toMatchObject({ status: 404 });
    }
    // An edit without a new file keeps the one handed in.
    const edit = await submitAssignmentForm(student, refOf(0), multipart({ text: "Updated" }));
    expect(edit.submission).toMatchObject({ text: "Updated", file: { name: "essay.pdf" } });
  });
});
