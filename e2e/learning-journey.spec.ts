// The whole story in the browser, in English at desktop width and in Indonesian at
// phone width: a new student enrols in a free course, reads a lesson, passes a quiz, hands
// in an assignment; the teacher grades it; the student reaches 100 % and opens the
// certificate; an anonymous visitor verifies it. A second student enrols in a paid course,
// pays through the demo's signed callback, and the content opens. The courses come from the
// factories; only the journey itself is clicked. Labels are read from the catalogs, so both
// languages walk the same steps.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import en from "../messages/en.json" with { type: "json" };
import id from "../messages/id.json" with { type: "json" };
import { unique } from "../tests/factories";
import { expect, type Make, test } from "./support/fixtures";

const PHONE = { width: 390, height: 844 };
const variants = [
  { name: "in English at desktop width", locale: "en", catalog: en, viewport: null },
  { name: "in Indonesian at phone width", locale: "id", catalog: id, viewport: PHONE },
] as const;

type Catalog = typeof en;
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

async function prepare(page: Page, variant: (typeof variants)[number]) {
  if (variant.viewport) await page.setViewportSize(variant.viewport);
  await page.context().addCookies([{ name: "lms-locale", value: variant.locale, domain: "127.0.0.1", path: "/" }]);
}

/** A free course of a lesson, a one-question quiz and an assignment that counts once graded 60 or more. */
async function freeCourse(make: Make) {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({
    teacherId: teacher.id,
    title: unique("SQL basics"),
    outline: [
      {
        title: "Reading tables",
        contents: [
          { title: "What a table is", type: "LESSON", body: "A table has **rows** and columns." },
          { title: "Check yourself", type: "QUIZ", questions: [{ prompt: "Which statement reads rows?", options: [{ text: "SELECT", isCorrect: true }, { text: "DROP" }] }] },
          { title: "Your first query", type: "ASSIGNMENT", body: "Write a query that lists every student." },
        ],
      },
    ],
  });
  const [lesson, quiz, assignment] = await db.content.findMany({ where: { module: { courseId: course.id } }, orderBy: { position: "asc" } });
  await db.content.update({ where: { id: quiz!.id }, data: { passMark: 100 } });
  await db.content.update({ where: { id: assignment!.id }, data: { submissionKinds: ["TEXT"], completionRule: "ON_PASSING_GRADE", passMark: 60 } });
  return { teacher, course, lesson: lesson!, quiz: quiz!, assignment: assignment! };
}

for (const variant of variants) {
  const t: Catalog = variant.catalog;

  test(`a new student enrols for free, studies, is graded, completes the course and its certificate verifies — ${variant.name}`, async ({ page, make, signIn, newDevicePage }) => {
    test.slow();
    const { teacher, course, lesson, quiz, assignment } = await freeCourse(make);
    const student = await make.user({ fullName: unique("Rina Wijaya") });
    await signIn(student, page);
    await prepare(page, variant);

    await page.goto(`/courses/${course.slug}`);
    await page.getByRole("button", { name: t.Enrol.enrolFree }).click();
    await page.waitForURL(`/learn/${course.slug}/${lesson.id}`);
    await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    await page.getByRole("button", { name: t.LearnForms.markComplete }).click();
    await expect(page.getByRole("status").filter({ hasText: t.LearnForms.completed }).first()).toBeVisible();

    await page.getByRole("link", { name: new RegExp(t.Reader.next) }).first().click();
    await page.waitForURL(`/learn/${course.slug}/${quiz.id}`);
    await page.getByRole("radio", { name: "SELECT" }).check();
    await page.getByRole("button", { name: t.LearnForms.submitAnswers }).click();
    await expect(page.getByText(fill(t.LearnForms.resultTitle, { score: 100 }))).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: t.LearnForms.passed })).toBeVisible();

    await page.getByRole("link", { name: new RegExp(t.Reader.next) }).first().click();
    await page.waitForURL(`/learn/${course.slug}/${assignment.id}`);
    await page.getByRole("textbox", { name: t.LearnForms.answerLabel }).fill("SELECT * FROM students;");
    await page.getByRole("button", { name: t.LearnForms.submit, exact: true }).click();
    await expect(page.getByRole("heading", { name: t.Learn.submissionTitle })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`reader-${variant.locale}.png`), fullPage: true });

    const completion = await db.completion.findFirstOrThrow({ where: { studentId: student.id, contentId: assignment.id } });
    const teacherPage = await newDevicePage();
    await signIn(teacher, teacherPage);
    await teacherPage.goto(`/teach/grading/${completion.id}`);
    await teacherPage.getByLabel(en.GradingForm.score).fill("90");
    await teacherPage.getByRole("textbox", { name: en.GradingForm.feedback }).fill("Clear and **correct**.");
    await teacherPage.getByRole("button", { name: en.GradingForm.save }).click();
    await expect(teacherPage.getByRole("status").filter({ hasText: en.GradingForm.saved })).toBeVisible();

    await page.reload();
    await expect(page.getByText(t.Learn.courseCompleted)).toBeVisible();
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { studentId: student.id, courseId: course.id }, include: { certificate: true } });
    expect({ status: enrollment.status, progress: Number(enrollment.progressPercentage) }).toEqual({ status: "COMPLETED", progress: 100 });
    await page.getByRole("link", { name: t.Learn.viewCertificate }).click();
    await page.waitForURL(`/certificates/${enrollment.certificate!.code}`);
    await expect(page.getByRole("heading", { level: 1, name: t.Certificates.heading })).toBeVisible();
    await expect(page.getByRole("main").getByText(student.fullName)).toBeVisible();

    const visitor = await newDevicePage();
    await visitor.goto(`/certificates/${enrollment.certificate!.code}`);
    await expect(visitor.getByText(en.Certificates.validTitle, { exact: true })).toBeVisible();
  });

  test(`a student enrols in a paid course, pays through the simulated callback, and the content opens — ${variant.name}`, async ({ page, make, signIn }) => {
    const teacher = await make.user({ role: "TEACHER" });
    const title = unique("Data analysis");
    const course = await make.course({ teacherId: teacher.id, title, priceIDR: 250_000, outline: [{ title: "Start", contents: [{ title: "Welcome aboard", type: "LESSON", body: "Hello." }] }] });
    const student = await make.user();
    await signIn(student, page);
    await prepare(page, variant);

    await page.goto(`/learn/${course.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: t.Learn.lockedTitle })).toBeVisible();
    await page.goto(`/courses/${course.slug}`);
    await page.getByRole("button", { name: t.Enrol.enrol, exact: true }).click();
    await page.waitForURL(/\/dashboard\/invoices\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: fill(t.Invoices.invoiceTitle, { course: title }) })).toBeVisible();
    await page.goto(`/learn/${course.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: t.Learn.unpaidTitle })).toBeVisible();
    await page.getByRole("link", { name: t.Learn.viewInvoice }).click();

    await page.getByRole("button", { name: t.Enrol.simulate }).click();
    await page.getByRole("link", { name: t.Invoices.startLearning }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Welcome aboard" })).toBeVisible();
    await expect(page.getByRole("button", { name: t.LearnForms.markComplete })).toBeVisible();
  });
}
