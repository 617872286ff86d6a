// The student's reader opens only for a paid, live enrolment of a released course, and says
// why otherwise; it resumes where the student left off and never hands out correct answers.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStudentReader } from "@/lib/reader/student-reader";
import { makeCompletion, makeCourse, makeEnrollment, makeInvoice, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: TestUser;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
});

async function course(opts: { releaseDate?: Date; status?: "DRAFT" | "PUBLISHED" } = {}) {
  const made = await makeCourse({
    teacherId: teacher.id,
    ...opts,
    outline: [
      {
        title: "One",
        contents: [
          { title: "A", type: "LESSON", body: "First." },
          { title: "B", type: "LESSON", body: "Second." },
          { title: "Q", type: "QUIZ", questions: [{ prompt: "2 + 2?", options: [{ text: "4", isCorrect: true }, { text: "5" }] }] },
        ],
      },
    ],
  });
  const contents = await db.content.findMany({ where: { module: { courseId: made.id } }, orderBy: { position: "asc" } });
  return { course: made, ids: contents.map((content) => content.id) };
}

const stateOf = async (...args: Parameters<typeof getStudentReader>) => (await getStudentReader(...args)).state;

describe("who may open a course in the reader", () => {
  it("asks a visitor to sign in, sends the teacher and admins to the preview, and locks the course for the not enrolled", async () => {
    const { course: made, ids } = await course();
    const admin = await makeUser({ role: "ADMIN" });
    const student = await makeUser();
    expect(await stateOf(null, made.slug, null)).toBe("signIn");
    expect(await getStudentReader(actorOf(teacher), made.slug, ids[1]!)).toMatchObject({ state: "preview", previewPath: `/teach/courses/${made.id}/preview/${ids[1]}` });
    expect(await stateOf(actorOf(admin), made.slug, null)).toBe("preview");
    expect(await stateOf(actorOf(student), made.slug, null)).toBe("notEnrolled");
  });

  it("locks an unpaid enrolment with its pending invoice, and a cancelled one as not enrolled", async () => {
    const { course: made } = await course();
    const [unpaid, left] = [await makeUser(), await makeUser()];
    const enrollment = await makeEnrollment({ studentId: unpaid.id, courseId: made.id, status: "UNPAID" });
    await makeInvoice({ enrollmentId: enrollment.id, status: "EXPIRED" });
    const pending = await makeInvoice({ enrollmentId: enrollment.id });
    expect(await getStudentReader(actorOf(unpaid), made.slug, null)).toMatchObject({ state: "unpaid", invoiceId: pending.id });
    await makeEnrollment({ studentId: left.id, courseId: made.id, status: "CANCELLED" });
    expect(await stateOf(actorOf(left), made.slug, null)).toBe("notEnrolled");
  });

  it("says when a course opens before its release date", async () => {
    const releaseDate = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
    const { course: made } = await course({ releaseDate });
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: made.id });
    expect(await getStudentReader(actorOf(student), made.slug, null)).toMatchObject({ state: "notReleased", releaseDate: releaseDate.toISOString() });
  });

  it("does not know a draft, or a content of another course", async () => {
    const { course: draft } = await course({ status: "DRAFT" });
    const { course: made } = await course();
    const { ids: otherIds } = await course();
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: made.id });
    expect((await fail(() => getStudentReader(actorOf(student), draft.slug, null)))?.code).toBe("NOT_FOUND");
    expect((await fail(() => getStudentReader(actorOf(student), made.slug, otherIds[0]!)))?.code).toBe("NOT_FOUND");
  });
});

describe("an enrolled student's reader", () => {
  it("resumes at the first content not completed, then at the one opened last, with ticks and progress", async () => {
    const { course: made, ids } = await course();
    const student = await makeUser();
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: made.id, progressPercentage: 33.33 });
    await makeCompletion({ studentId: student.id, contentId: ids[0]! });

    const first = await getStudentReader(actorOf(student), made.slug, null);
    expect(first).toMatchObject({ state: "open", completedIds: [ids[0]], progressPercentage: 33.33, completed: null });
    expect(first.state === "open" && first.reader.content?.id).toBe(ids[1]);

    await getStudentReader(actorOf(student), made.slug, ids[2]!);
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id }, select: { lastContentId: true } })).toEqual({ lastContentId: ids[2] });
    const resumed = await getStudentReader(actorOf(student), made.slug, null);
    expect(resumed.state === "open" && resumed.reader.content?.id).toBe(ids[2]);
  });

  it("shows a quiz's options without saying which is correct", async () => {
    const { course: made, ids } = await course();
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: made.id });
    const reader = await getStudentReader(actorOf(student), made.slug, ids[2]!);
    const content = reader.state === "open" ? reader.reader.content : null;
    expect(content?.type).toBe("Quiz");
    const options = content?.type === "Quiz" ? content.questions.flatMap((question) => question.options) : [];
    expect(options.map((option) => Object.keys(option).sort())).toEqual([
      ["id", "text"],
      ["id", "text"],
    ]);
  });

  it("points a completed course to its certificate", async () => {
    const { course: made } = await course();
    const student = await makeUser();
    const enrollment = await makeEnrollment({ studentId: student.id, courseId: made.id, status: "COMPLETED", progressPercentage: 100 });
    const certificate = await db.certificate.create({ data: { userId: student.id, courseId: made.id, enrollmentId: enrollment.id, code: "TEST-READER-CERT" + enrollment.id } });
    expect(await getStudentReader(actorOf(student), made.slug, null)).toMatchObject({ state: "open", completed: { certificateCode: certificate.code } });
  });
});
