// "Preview as student": a teacher walks their course in the reader as an enrolled student
// will see it, through every kind of content, without an enrolment and without anything being
// recorded; quizzes show no correct answers; nobody else gets a preview. Screenshots at
// desktop and phone width in test-results/…/preview-*.png.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { makeContent, makeModule } from "../tests/factories";
import { pdfBytes } from "../tests/contents/file-samples";
import { expect, type Make, test, type TestUser } from "./support/fixtures";

const LESSON = "## Printing\n\nA first program:\n\n```python\nprint(\"Halo, dunia\")  # greets\n```\n\nThen try it yourself.";

/** A draft course of `teacher` with one content of each kind; the file is uploaded through the API. */
async function courseWithEverything(make: Make, teacher: TestUser, token: string, page: Page) {
  const course = await make.course({ teacherId: teacher.id, status: "DRAFT", title: "Python for Beginners" });
  const basics = await makeModule({ courseId: course.id, title: "Getting started" });
  const lesson = await makeContent({ moduleId: basics.id, type: "LESSON", title: "Your first program", body: LESSON });
  const video = await makeContent({ moduleId: basics.id, type: "VIDEO", title: "Installing Python", url: "https://youtu.be/dQw4w9WgXcQ" });
  const link = await makeContent({ moduleId: basics.id, type: "LINK", title: "The Python tutorial", url: "https://docs.python.org/3/tutorial/" });
  const practice = await makeModule({ courseId: course.id, title: "Practice" });
  const file = await makeContent({ moduleId: practice.id, type: "FILE", title: "Cheat sheet" });
  const quiz = await makeContent({
    moduleId: practice.id,
    type: "QUIZ",
    title: "Check your understanding",
    body: "Answer both questions.",
    questions: [
      { prompt: "Which function prints text?", options: [{ text: "print", isCorrect: true }, { text: "echo" }, { text: "say" }] },
      { prompt: "Which are Python keywords?", type: "MULTIPLE_CHOICE", points: 2, options: [{ text: "def", isCorrect: true }, { text: "lambda", isCorrect: true }, { text: "function" }] },
    ],
  });
  await db.content.update({ where: { id: quiz.id }, data: { passMark: 70, maxAttempts: 3 } });
  const assignment = await makeContent({ moduleId: practice.id, type: "ASSIGNMENT", title: "Write a greeter", body: "Write a program that greets the user by name." });
  await db.content.update({ where: { id: assignment.id }, data: { dueAt: new Date("2031-05-01T10:00:00Z"), submissionKinds: ["TEXT", "URL"] } });
  const upload = await page.request.put(`/api/v1/courses/${course.id}/modules/${practice.id}/contents/${file.id}/file`, {
    headers: { authorization: `Bearer ${token}` },
    multipart: { file: { name: "Python cheat sheet.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes(2048)) } },
  });
  expect(upload.status()).toBe(200);
  return { course, lesson, video, link, file, quiz, assignment };
}

const next = (page: Page) => page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /^Next/ });
const previous = (page: Page) => page.getByRole("navigation", { name: "Previous and next" }).getByRole("link", { name: /^Previous/ });

test.describe("preview as student", () => {
  test.use({ role: "TEACHER" });

  test("walks a course through every kind of content and records nothing", async ({ signedInPage: page, user, make, apiToken }) => {
    test.slow();
    const { course, video, link, file, quiz, assignment } = await courseWithEverything(make, user, apiToken, page);
    const base = `/teach/courses/${course.id}/preview`;

    await page.goto(base);
    await expect(page.getByRole("note")).toContainText("Preview — nothing you do here is recorded");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Your first program");
    await expect(page.getByText("1 minute read")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Printing" })).toBeVisible();
    const code = page.locator("pre code.hljs.language-python");
    await expect(code.locator(".hljs-built_in")).toHaveText("print");
    await expect(code.locator(".hljs-comment")).toHaveText("# greets");
    const outline = page.getByRole("navigation", { name: "Course outline" });
    await expect(outline.getByRole("link", { name: /Your first program/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("progressbar", { name: "Course progress" })).toHaveAttribute("aria-valuenow", "0");
    await expect(outline.getByText("0 of 6 completed")).toBeVisible();

    await next(page).click();
    await expect(page).toHaveURL(`${base}/${video.id}`);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Installing Python");
    await expect(page.locator("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    await expect(page.locator("iframe")).toHaveAttribute("title", "Video: Installing Python");
    const csp = (await page.request.get(`${base}/${video.id}`)).headers()["content-security-policy"] ?? "";
    expect(csp).toContain("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;");
    expect(csp).toContain("media-src 'self' blob: https:;");

    await next(page).click();
    await expect(page).toHaveURL(`${base}/${link.id}`);
    const open = page.getByRole("link", { name: "Open the link (opens in a new tab)" });
    await expect(open).toHaveAttribute("href", "https://docs.python.org/3/tutorial/");
    await expect(open).toHaveAttribute("target", "_blank");
    await expect(open).toHaveAttribute("rel", "noopener noreferrer");

    await next(page).click();
    await expect(page).toHaveURL(`${base}/${file.id}`);
    await expect(page.getByRole("paragraph").filter({ hasText: /^Python cheat sheet\.pdf$/ })).toBeVisible();
    await expect(page.getByText("PDF · 2.1 KB")).toBeVisible();
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download Python cheat sheet.pdf" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("Python cheat sheet.pdf");

    await next(page).click();
    await expect(page).toHaveURL(`${base}/${quiz.id}`);
    await expect(page.getByRole("group", { name: "Which function prints text?" }).getByRole("radio")).toHaveCount(3);
    const keywords = page.getByRole("group", { name: "Which are Python keywords?" });
    await expect(keywords.getByRole("checkbox")).toHaveCount(3);
    for (const option of await page.getByRole("radio").or(page.getByRole("checkbox")).all()) await expect(option).toBeDisabled();
    await expect(page.getByRole("button", { name: "Submit answers" })).toBeDisabled();
    await expect(page.getByText("Attempts are not recorded in the preview.")).toBeVisible();
    await expect(page.getByText("Pass mark: 70%")).toBeVisible();
    await expect(page.getByText("3 attempts allowed")).toBeVisible();
    // Nothing in the page, its markup or the data React hydrates from, says which options are right.
    const html = await (await page.request.get(`${base}/${quiz.id}`)).text();
    expect(html).toContain("Which are Python keywords?");
    expect(html).not.toMatch(/isCorrect|is_correct|"correct"/i);

    await previous(page).click();
    await expect(page).toHaveURL(`${base}/${file.id}`);
    await next(page).click();
    await expect(page).toHaveURL(`${base}/${quiz.id}`);
    await next(page).click();
    await expect(page).toHaveURL(`${base}/${assignment.id}`);
    await expect(page.getByText("Write a program that greets the user by name.")).toBeVisible();
    await expect(page.getByText(/^Due 1 May 2031/)).toBeVisible();
    await expect(page.getByLabel("Your answer")).toBeDisabled();
    await expect(page.getByLabel("Link to your work")).toBeDisabled();
    await expect(page.getByRole("button", { name: "Submit", exact: true })).toBeDisabled();
    await expect(page.getByText("Submissions are switched off in the preview.")).toBeVisible();
    await expect(next(page)).toHaveCount(0);

    expect(await db.enrollment.count({ where: { courseId: course.id } })).toBe(0);
    expect(await db.completion.count({ where: { content: { module: { courseId: course.id } } } })).toBe(0);
  });

  test("looks right at desktop and phone width, in English and Indonesian", async ({ signedInPage: page, user, make, apiToken }) => {
    test.slow();
    const { course, quiz, ...others } = await courseWithEverything(make, user, apiToken, page);
    const base = `/teach/courses/${course.id}/preview`;
    for (const [name, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      for (const content of [...Object.values(others), quiz]) {
        await page.goto(`${base}/${content.id}`);
        await expect(page.getByRole("heading", { level: 2 })).toHaveText(content.title);
        await page.screenshot({ path: test.info().outputPath(`preview-en-${name}-${content.type.toLowerCase()}.png`), fullPage: true });
      }
    }
    // On a phone the outline folds away above the content.
    const outline = page.getByRole("navigation", { name: "Course outline" });
    await expect(outline).toBeHidden();
    await page.getByText("Course outline · 5 of 6").click();
    await expect(outline.getByRole("link", { name: /Check your understanding/ })).toHaveAttribute("aria-current", "page");

    await page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
    await page.goto(`${base}/${quiz.id}`);
    await expect(page.getByRole("note")).toContainText("Pratinjau — tidak ada yang dicatat di sini");
    await expect(page.getByText("Percobaan tidak dicatat dalam pratinjau.")).toBeVisible();
    await expect(page.getByText("Nilai lulus: 70%")).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("preview-id-phone-quiz.png"), fullPage: true });
  });

  test("an empty course says so", async ({ signedInPage: page, user, make }) => {
    const course = await make.course({ teacherId: user.id, status: "DRAFT" });
    await page.goto(`/teach/courses/${course.id}/preview`);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("No content yet");
  });
});

test.describe("nobody else previews a course", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("another teacher gets no access, a draft of theirs is not found, a student is turned away", async ({ page, make, signIn }) => {
    const owner = await make.user({ role: "TEACHER" });
    const published = await make.course({ teacherId: owner.id, outline: [{ title: "M", contents: [{ title: "L", type: "LESSON", body: "Hi" }] }] });
    const draft = await make.course({ teacherId: owner.id, status: "DRAFT" });

    await signIn(await make.user({ role: "TEACHER" }));
    await page.goto(`/teach/courses/${published.id}/preview`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot edit this course");
    await expect(page.getByRole("note")).toHaveCount(0);
    const missing = await page.goto(`/teach/courses/${draft.id}/preview`);
    expect(missing?.status()).toBe(404);

    await page.context().clearCookies();
    await signIn(await make.user());
    await page.goto(`/teach/courses/${published.id}/preview`);
    await expect(page).toHaveURL(/\/no-access$/);
  });

  test("an admin previews any course", async ({ page, make, signIn }) => {
    const owner = await make.user({ role: "TEACHER" });
    const draft = await make.course({ teacherId: owner.id, status: "DRAFT", outline: [{ title: "M", contents: [{ title: "Only lesson", type: "LESSON", body: "Hi" }] }] });
    await signIn(await make.user({ role: "ADMIN" }));
    await page.goto(`/teach/courses/${draft.id}/preview`);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Only lesson");
  });
});
