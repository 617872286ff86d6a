// The factories make valid, linked rows with defaults a test can rely on.
import { describe, expect, it } from "vitest";
import { activateAccount } from "@/lib/auth/activation";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import {
  makeAuditLog,
  makeCategory,
  makeCertificate,
  makeComment,
  makeCommentLike,
  makeCompletion,
  makeContent,
  makeCourse,
  makeDiscussion,
  makeEnrollment,
  makeInvoice,
  makeModule,
  makeOneTimeToken,
  makeUser,
  TEST_PASSWORD,
  uniqueIp,
} from "./factories";
import { fail } from "./helpers/errors";

describe("factories", () => {
  it("make users who sign in with the test password, or with their own", async () => {
    const user = await makeUser({ role: "TEACHER", memberLevel: "PREMIUM" });
    expect(user).toMatchObject({ role: "TEACHER", memberLevel: "PREMIUM", disabledAt: null });
    expect(user.activatedAt).toBeInstanceOf(Date);
    await expect(authenticate({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })).resolves.toMatchObject({ id: user.id });
    const own = await makeUser({ password: "my own passphrase" });
    await expect(authenticate({ identifier: own.username, password: "my own passphrase" }, { ip: uniqueIp() })).resolves.toMatchObject({ id: own.id });
    const inactive = await makeUser({ activated: false, disabled: true });
    expect([inactive.activatedAt, inactive.disabledAt === null]).toEqual([null, false]);
  });

  it("make a course with its outline and quiz in order, and append modules and contents", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const category = await makeCategory();
    const course = await makeCourse({
      teacherId: teacher.id,
      categoryId: category.id,
      outline: [
        { title: "One", contents: [{ title: "Read", type: "LESSON", body: "# Hi" }] },
        { title: "Two", contents: [{ title: "Check", type: "QUIZ", questions: [{ prompt: "2+2?", options: [{ text: "4", isCorrect: true }, { text: "5" }] }] }] },
      ],
    });
    expect(course).toMatchObject({ status: "PUBLISHED", priceIDR: 0, categoryId: category.id });
    const extra = await makeModule({ courseId: course.id, title: "Three" });
    const video = await makeContent({ moduleId: extra.id, type: "VIDEO", url: "https://video.example/1" });
    const quiz = await makeContent({ moduleId: extra.id, type: "QUIZ", questions: [{ prompt: "Pick", type: "MULTIPLE_CHOICE", options: [{ text: "a" }] }] });

    const modules = await db.module.findMany({
      where: { courseId: course.id },
      orderBy: { position: "asc" },
      include: { contents: { orderBy: { position: "asc" }, include: { questions: { include: { options: { orderBy: { position: "asc" } } } } } } },
    });
    expect(modules.map((m) => [m.title, m.position, m.contents.map((c) => [c.title, c.position])])).toEqual([
      ["One", 1, [["Read", 1]]],
      ["Two", 2, [["Check", 1]]],
      ["Three", 3, [[video.title, 1], [quiz.title, 2]]],
    ]);
    expect(modules[1]!.contents[0]!.questions[0]!.options.map((o) => [o.text, o.isCorrect, o.position])).toEqual([
      ["4", true, 1],
      ["5", false, 2],
    ]);
    expect(quiz.questions.map((q) => [q.prompt, q.type, q.options.length])).toEqual([["Pick", "MULTIPLE_CHOICE", 1]]);
  });

  it("make enrollments, invoices, completions and certificates that belong together", async () => {
    const teacher = await makeUser({ role: "TEACHER" });
    const student = await makeUser();
    const course = await makeCourse({ teacherId: teacher.id, priceIDR: 250_000, outline: [{ title: "M", contents: [{ title: "Task", type: "ASSIGNMENT" }] }] });
    const unpaid = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
    const invoice = await makeInvoice({ enrollmentId: unpaid.id, amountIDR: 250_000 });
    expect(invoice.virtualAccountNumber).toMatch(/^\d{16}$/);
    expect(invoice).toMatchObject({ status: "PENDING", paidAt: null });
    expect(invoice.paymentDueAt.getTime()).toBeGreaterThan(Date.now() + 2.9 * 24 * 3600_000);

    // One live enrollment per student and course: the first ends before the second starts.
    await db.enrollment.update({ where: { id: unpaid.id }, data: { status: "CANCELLED", live: null } });
    const done = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "COMPLETED", progressPercentage: 100 });
    expect(done.completedAt).toBeInstanceOf(Date);
    const [content] = await db.content.findMany({ where: { module: { courseId: course.id } } });
    const completion = await makeCompletion({ studentId: student.id, contentId: content!.id, submissionText: "done", grade: 90, gradedById: teacher.id });
    expect(completion.gradedAt).toBeInstanceOf(Date);
    const certificate = await makeCertificate(done);
    expect(certificate).toMatchObject({ userId: student.id, courseId: course.id, enrollmentId: done.id, code: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it("make discussions with nested comments, likes and audit entries", async () => {
    const [author, reader] = await Promise.all([makeUser(), makeUser()]);
    const discussion = await makeDiscussion({ createdById: author.id });
    const comment = await makeComment({ discussionId: discussion.id, authorId: author.id });
    const reply = await makeComment({ discussionId: discussion.id, authorId: reader.id, parentId: comment.id, edited: true });
    await makeCommentLike({ commentId: comment.id, userId: reader.id });
    expect(reply).toMatchObject({ parentId: comment.id, deletedAt: null });
    expect(reply.editedAt).toBeInstanceOf(Date);
    expect(await db.commentLike.count({ where: { commentId: comment.id } })).toBe(1);
    const entry = await makeAuditLog({ actorId: author.id, action: "user.update", entityId: reader.id, data: { field: "fullName" } });
    expect(entry).toMatchObject({ entity: "User", data: { field: "fullName" } });
  });

  it("make one-time tokens the real flows accept, and expired ones they refuse", async () => {
    const user = await makeUser({ activated: false });
    const { token } = await makeOneTimeToken({ userId: user.id, purpose: "ACTIVATION" });
    await activateAccount({ token }, { ip: uniqueIp() });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).activatedAt).toBeInstanceOf(Date);
    const expired = await makeOneTimeToken({ userId: user.id, purpose: "ACTIVATION", expiresAt: new Date(Date.now() - 1000) });
    expect((await fail(activateAccount({ token: expired.token }, { ip: uniqueIp() })))?.status).toBe(400);
  });
});
