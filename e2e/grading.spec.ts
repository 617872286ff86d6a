// The teacher's view in a real browser: the grading queue (oldest first, late marked), grading
// a submission with a score and markdown feedback, on to the next one; the Students tab with
// its charts, list and CSV; students are kept out; Indonesian at phone width. State comes
// from factories. Screenshots at desktop and phone width in test-results/grading/.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makeAssignmentContent, makeAssignmentSubmission, makeEnrollment, makeModule, makeQuizAttempt, unique } from "../tests/factories";
import { expect, type Make, test, type TestUser } from "./support/fixtures";

/** A published course of `teacher` with a quiz and an assignment, and two students who handed it in (the later one late). */
async function courseWithSubmissions(make: Make, teacher: TestUser) {
  const course = await make.course({ teacherId: teacher.id, title: unique("Writing Clearly"), outline: [{ title: "Basics", contents: [{ title: "Welcome", type: "LESSON" }, { title: "Check-in quiz", type: "QUIZ" }] }] });
  const practice = await makeModule({ courseId: course.id, title: "Practice" });
  const assignment = await makeAssignmentContent({ moduleId: practice.id, title: "Write an essay", body: "Write **300 words** about your city.", dueAt: new Date("2026-02-01T10:00:00Z") });
  const [ani, budi] = [await make.user({ fullName: "Ani Wijaya" }), await make.user({ fullName: "Budi Hartono" })];
  await makeEnrollment({ studentId: ani.id, courseId: course.id, progressPercentage: 66.67, enrolledAt: new Date(Date.now() - 3 * 86_400_000) });
  await makeEnrollment({ studentId: budi.id, courseId: course.id, progressPercentage: 33.33, enrolledAt: new Date(Date.now() - 10 * 86_400_000) });
  const quiz = await db.content.findFirstOrThrow({ where: { type: "QUIZ", module: { courseId: course.id } } });
  await makeQuizAttempt({ studentId: ani.id, contentId: quiz.id, percentage: 80 });
  const first = await makeAssignmentSubmission({ studentId: ani.id, contentId: assignment.id, text: "My city is Bandung.\n<script>alert(1)</script>", submittedAt: new Date("2026-01-20T08:00:00Z") });
  const second = await makeAssignmentSubmission({ studentId: budi.id, contentId: assignment.id, url: "https://example.com/budi-essay", submittedAt: new Date("2026-02-03T08:00:00Z"), late: true });
  return { course, assignment, ani, budi, first, second };
}

async function shoot(page: Page, name: string) {
  // From the top, so the sticky header is not drawn over the middle of a full-page shot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/grading/${name}.png`, fullPage: true });
}
const phone = { width: 390, height: 844 };

test.describe("the teacher's view", () => {
  test.use({ role: "TEACHER" });

  test("grades the oldest submission from the queue and moves on to the next", async ({ signedInPage: page, user, make }) => {
    const { course, ani, budi, first, second } = await courseWithSubmissions(make, user);
    await page.goto("/teach");
    await page.getByRole("link", { name: "Grading (2 waiting)" }).click();

    await expect(page).toHaveURL(/\/teach\/grading$/);
    await expect(page.getByRole("heading", { level: 1, name: "Grading" })).toBeVisible();
    await expect(page.getByText("2 submissions are waiting for a grade, oldest first.")).toBeVisible();
    const rows = page.getByRole("table", { name: "Submissions waiting for a grade, oldest first" }).getByRole("row");
    await expect(rows.nth(1)).toContainText("Ani Wijaya");
    await expect(rows.nth(1)).not.toContainText("Late");
    await expect(rows.nth(2)).toContainText("Budi Hartono");
    await expect(rows.nth(2).getByText("Late", { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(rows.nth(2)).toContainText(course.title);
    await shoot(page, "queue-en-desktop");

    await page.getByRole("link", { name: "Grade the submission of Ani Wijaya: Write an essay" }).click();
    await expect(page).toHaveURL(`/teach/grading/${first.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Write an essay" })).toBeVisible();
    await expect(page.getByText(`Submitted by Ani Wijaya (${ani.email})`)).toBeVisible();
    // What the student typed is text, never markup.
    await expect(page.getByText("<script>alert(1)</script>")).toBeVisible();
    await expect(page.getByRole("strong").filter({ hasText: "300 words" })).toBeVisible();
    await expect(page.getByText("Waiting for a grade")).toBeVisible();

    await page.getByLabel("Score (0–100)").fill("101");
    await page.getByRole("button", { name: "Save grade" }).click();
    await expect(page.getByText("grade must be at most 100")).toBeVisible();
    await page.getByLabel("Score (0–100)").fill("88");
    await page.getByRole("textbox", { name: "Feedback" }).fill("**Vivid** description.");
    await page.getByRole("tab", { name: "Preview" }).click();
    await expect(page.getByRole("tabpanel").getByRole("strong")).toHaveText("Vivid");
    await shoot(page, "grade-en-desktop");
    await page.getByRole("button", { name: "Save grade" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Grade saved. The student has been notified by email.");
    await expect(page.getByText("Graded", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Update grade" })).toBeVisible();
    expect(await db.completion.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ grade: 88, feedback: "**Vivid** description.", gradedById: user.id });
    const mails = await db.mailOutbox.findMany({ where: { to: ani.email } });
    expect(mails.map((mail) => mail.subject)).toEqual(["Your assignment “Write an essay” was graded"]);

    await page.getByRole("link", { name: "Next ungraded submission" }).click();
    await expect(page).toHaveURL(`/teach/grading/${second.id}`);
    await expect(page.getByText(`Submitted by Budi Hartono (${budi.email})`)).toBeVisible();
    await expect(page.getByRole("link", { name: "https://example.com/budi-essay (opens in a new tab)" })).toHaveAttribute("href", "https://example.com/budi-essay");
    await expect(page.getByText("No other submissions are waiting for a grade.")).toBeVisible();

    await page.setViewportSize(phone);
    await shoot(page, "grade-en-phone");
    await page.goto("/teach/grading");
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    await shoot(page, "queue-en-phone");
  });

  test("the Students tab shows each student's progress, charts and a CSV download", async ({ signedInPage: page, user, make }) => {
    const { course } = await courseWithSubmissions(make, user);
    await page.goto(`/teach/courses/${course.id}`);
    await page.getByRole("navigation", { name: "Course sections" }).getByRole("link", { name: "Students" }).click();
    await expect(page).toHaveURL(`/teach/courses/${course.id}/students`);
    await expect(page.getByRole("heading", { level: 2, name: "Students" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Enrolments per week" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Quiz scores" })).toBeVisible();
    const table = page.getByRole("table", { name: "Students of this course" });
    await expect(table.getByRole("row")).toHaveCount(3);
    const ani = table.getByRole("row", { name: /Ani Wijaya/ });
    await expect(ani).toContainText("In progress");
    await expect(ani).toContainText("67%");
    await expect(ani).toContainText("80%");
    await expect(ani).toContainText("1 of 1 submitted");
    await expect(table.getByRole("row", { name: /Budi Hartono/ })).toContainText("1 late");
    await shoot(page, "students-en-desktop");

    await page.getByLabel("Search").fill("budi");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=budi/);
    await expect(table.getByRole("row")).toHaveCount(2);
    const download = page.getByRole("link", { name: "Download CSV" });
    await expect(download).toHaveAttribute("href", `/teach/courses/${course.id}/students/export?q=budi`);
    const csv = await page.request.get((await download.getAttribute("href"))!);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Budi Hartono,/);

    await page.setViewportSize(phone);
    await page.goto(`/teach/courses/${course.id}/students`);
    await shoot(page, "students-en-phone");
  });

  test("in Indonesian at phone width", async ({ signedInPage: page, user, make }) => {
    const { course, first } = await courseWithSubmissions(make, user);
    await page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
    await page.setViewportSize(phone);
    await page.goto("/teach/grading");
    await expect(page.getByRole("heading", { level: 1, name: "Penilaian" })).toBeVisible();
    // The late badge beside the student's name, and the way to grade, without scrolling the table sideways.
    await expect(page.getByRole("row", { name: /Budi Hartono/ }).getByRole("cell").first().getByText("Terlambat", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nilai tugas dari Budi Hartono: Write an essay" })).toBeInViewport();
    await shoot(page, "queue-id-phone");
    await page.goto(`/teach/grading/${first.id}`);
    await expect(page.getByRole("button", { name: "Simpan nilai" })).toBeVisible();
    await shoot(page, "grade-id-phone");
    await page.goto(`/teach/courses/${course.id}/students`);
    await expect(page.getByRole("heading", { level: 2, name: "Peserta" })).toBeVisible();
    await shoot(page, "students-id-phone");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/teach/courses/${course.id}/students`);
    await shoot(page, "students-id-desktop");
    await page.goto(`/teach/grading/${first.id}`);
    await shoot(page, "grade-id-desktop");
  });
});

test("a student sees nothing of the teaching area's grading", async ({ signedInPage: page, user, make }) => {
  const teacher = await make.user({ role: "TEACHER" });
  const { first } = await courseWithSubmissions(make, teacher);
  await page.goto("/teach/grading");
  await expect(page).toHaveURL(/\/no-access/);
  await page.goto(`/teach/grading/${first.id}`);
  await expect(page).toHaveURL(/\/no-access/);
  expect(user.role).toBe("STUDENT");
});
