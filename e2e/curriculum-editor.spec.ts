// The curriculum editor and the content editors in the browser: building a course's outline
// with every content type, reordering it by buttons, keyboard dragging and the mouse, moving
// contents between modules, deleting with confirmation, the unsaved-changes warning, the
// pages in Indonesian, and no way in for another teacher.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

test.use({ role: "TEACHER", timezoneId: "Asia/Jakarta" });

const outline = [
  {
    title: "Getting started",
    description: "Install Python and run a first program.",
    contents: [
      { title: "Why Python", type: "LESSON" as const, body: "## Why Python\n\nPython reads like English.\n\n```python\nprint('hello')\n```" },
      { title: "Installing Python", type: "VIDEO" as const, url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" },
      { title: "The official tutorial", type: "LINK" as const, url: "https://docs.python.org/3/tutorial/" },
    ],
  },
  {
    title: "Data",
    contents: [
      { title: "Cheat sheet", type: "FILE" as const },
      {
        title: "Check your types",
        type: "QUIZ" as const,
        questions: [
          { prompt: "What does type(3) return?", options: [{ text: "int", isCorrect: true }, { text: "str" }] },
          { prompt: "Which are sequences?", type: "MULTIPLE_CHOICE" as const, options: [{ text: "list", isCorrect: true }, { text: "tuple", isCorrect: true }, { text: "int" }] },
        ],
      },
      { title: "Clean a dataset", type: "ASSIGNMENT" as const, body: "Load the CSV and remove empty rows." },
    ],
  },
];

const curriculumOf = (courseId: number) => `/teach/courses/${courseId}/curriculum`;
const moduleCard = (page: Page, title: string) => page.getByRole("listitem", { name: new RegExp(`^(Module|Modul) \\d+: ${title}$`) });
const toast = (page: Page) => page.getByRole("status", { name: /^(Notifications|Notifikasi)$/ });

/** The course's outline as stored: each module's title, then its contents' titles; positions dense. */
async function storedOutline(courseId: number) {
  const modules = await db.module.findMany({ where: { courseId }, orderBy: { position: "asc" }, include: { contents: { orderBy: { position: "asc" } } } });
  const dense = modules.every((module, m) => module.position === m + 1 && module.contents.every((content, c) => content.position === c + 1));
  return dense ? modules.map((module) => [module.title, ...module.contents.map((content) => content.title)]) : "positions not dense";
}

/** The outline as the page shows it. */
async function shownOutline(page: Page) {
  const cards = page.getByRole("list", { name: /^(Modules|Modul)$/ }).locator(":scope > li");
  const titles: string[][] = [];
  for (const card of await cards.all()) {
    const heading = (await card.getByRole("heading", { level: 2 }).textContent())?.replace(/^(Module|Modul) \d+: /, "") ?? "";
    titles.push([heading, ...(await card.getByRole("list").getByRole("link").allTextContents())]);
  }
  return titles;
}

async function addModule(page: Page, title: string, description = "") {
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add module" }) });
  await form.getByLabel("Module title").fill(title);
  if (description) await form.getByLabel("Description").fill(description);
  await form.getByRole("button", { name: "Add module" }).click();
  await expect(toast(page)).toContainText("Module added.");
  await expect(moduleCard(page, title)).toBeVisible();
  await expect(form.getByLabel("Module title")).toHaveValue("");
}

/** "Add content" in a module: its type and title open the type's editor. */
async function startContent(page: Page, moduleTitle: string, type: string, title: string) {
  const card = moduleCard(page, moduleTitle);
  await card.getByRole("button", { name: `Add content to ${moduleTitle}` }).click();
  await card.getByRole("group", { name: `What would you like to add to ${moduleTitle}?` }).getByRole("radio", { name: new RegExp(`^${type}`) }).check();
  await card.getByLabel("Title", { exact: true }).fill(title);
  await card.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 2, name: `New ${type.toLowerCase()}` })).toBeVisible();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
}

async function create(page: Page) {
  await page.getByRole("button", { name: "Create item" }).click();
  await expect(toast(page)).toContainText("Item created.");
  await expect(page).toHaveURL(/\/contents\/\d+$/);
}

async function shoot(page: Page, name: string) {
  for (const [label, width] of [["phone", 390], ["desktop", 1280]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/curriculum-editor/${name}-${label}.png`, fullPage: true });
  }
}

test("screenshots of the curriculum and each editor", async ({ user, make, signedInPage: page }) => {
  test.setTimeout(90_000);
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Python for data"), outline });
  await db.content.updateMany({ where: { module: { courseId: course.id }, type: "QUIZ" }, data: { passMark: 70 } });
  await page.goto(`/teach/courses/${course.id}/curriculum`);
  await expect(page.getByRole("heading", { level: 2, name: "Curriculum" })).toBeVisible();
  await shoot(page, "curriculum");
  const contents = await db.content.findMany({ where: { module: { courseId: course.id } }, orderBy: { id: "asc" } });
  for (const content of contents) {
    await page.goto(`/teach/courses/${course.id}/contents/${content.id}`);
    await expect(page.getByRole("heading", { level: 2, name: content.title })).toBeVisible();
    await shoot(page, content.type.toLowerCase());
  }
});

test("a teacher adds modules, a lesson with its preview, a video and a link", async ({ user, make, signedInPage: page }) => {
  test.setTimeout(120_000);
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Python basics") });
  await page.goto(curriculumOf(course.id));
  await expect(page.getByRole("heading", { name: "No modules yet" })).toBeVisible();
  await expect(page.getByText("A course can be published once it has at least one module with one item in it.")).toBeVisible();
  await addModule(page, "Basics", "Variables, types and printing.");
  await addModule(page, "Going further");
  await expect(moduleCard(page, "Basics")).toContainText("Variables, types and printing.");
  expect(await storedOutline(course.id)).toEqual([["Basics"], ["Going further"]]);

  // A lesson: markdown with its preview and reading time.
  await startContent(page, "Basics", "Lesson", "Variables");
  await page.getByRole("textbox", { name: "Lesson text" }).fill("## What is a variable\n\nA variable names a value.\n\n```python\nx = 1\n```");
  await expect(page.getByText("Estimated reading time: 1 min")).toBeVisible();
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("tabpanel", { name: "Preview" }).getByRole("heading", { name: "What is a variable" })).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "Preview" }).locator("pre code")).toContainText("x = 1");
  await create(page);
  await expect(page.getByRole("heading", { level: 2, name: "Variables" })).toBeVisible();
  const lesson = await db.content.findFirstOrThrow({ where: { module: { courseId: course.id }, title: "Variables" } });
  expect(lesson).toMatchObject({ type: "LESSON", body: expect.stringContaining("A variable names a value.") });

  // A video: anything but YouTube, Vimeo or an .mp4/.webm file is refused next to the field.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Curriculum" }).click();
  await startContent(page, "Basics", "Video", "Installing Python");
  const url = page.getByLabel("Video URL");
  await url.fill("https://example.com/install.avi");
  await expect(page.getByText("The player appears here once the URL is one students can play.")).toBeVisible();
  await page.getByRole("button", { name: "Create item" }).click();
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use a YouTube or Vimeo link, or an https link to an .mp4 or .webm file.")).toBeVisible();
  await url.fill("https://youtu.be/dQw4w9WgXcQ?t=42");
  await expect(page.locator("iframe[title='Video: Installing Python']")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42");
  await expect(url).not.toHaveAttribute("aria-invalid");
  await create(page);
  expect(await db.content.findFirstOrThrow({ where: { module: { courseId: course.id }, title: "Installing Python" } })).toMatchObject({ type: "VIDEO", url: "https://youtu.be/dQw4w9WgXcQ?t=42" });

  // A link, which students open in a new tab.
  await page.getByRole("link", { name: "Curriculum" }).first().click();
  await startContent(page, "Going further", "Link", "The official tutorial");
  await page.getByLabel("URL", { exact: true }).fill("https://docs.python.org/3/tutorial/");
  await page.getByLabel("Description").fill("Chapters 3 to 5 go with this module.");
  await expect(page.getByText("Students open this link in a new tab")).toBeVisible();
  const opened = page.getByRole("link", { name: "https://docs.python.org/3/tutorial/ (opens in a new tab)" });
  await expect(opened).toHaveAttribute("target", "_blank");
  await expect(opened).toHaveAttribute("rel", "noopener noreferrer");
  await create(page);

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Curriculum" }).click();
  await expect.poll(() => shownOutline(page)).toEqual([
    ["Basics", "Variables", "Installing Python"],
    ["Going further", "The official tutorial"],
  ]);
  expect(await storedOutline(course.id)).toEqual(await shownOutline(page));
  await shoot(page, "built");
});

test("a teacher builds a quiz of three questions and an assignment", async ({ user, make, signedInPage: page }) => {
  test.setTimeout(120_000);
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Data types"), outline: [{ title: "Types" }] });
  await page.goto(curriculumOf(course.id));
  await startContent(page, "Types", "Quiz", "Check your types");

  const question = (n: number) => page.getByRole("group", { name: `Question ${n}`, exact: true });
  await question(1).getByLabel("Question text").fill("What does type(3) return?");
  await question(1).getByRole("textbox", { name: "Option 1" }).fill("int");
  await question(1).getByRole("textbox", { name: "Option 2" }).fill("str");
  await question(1).getByRole("radio", { name: "Option 1 is correct" }).check();

  await page.getByRole("button", { name: "Add question" }).click();
  await expect(question(2).getByLabel("Question text")).toBeFocused();
  await question(2).getByLabel("Question text").fill("Which of these are sequences?");
  await question(2).getByLabel("Answer type").selectOption("Multiple choice");
  await question(2).getByRole("textbox", { name: "Option 1" }).fill("list");
  await question(2).getByRole("textbox", { name: "Option 2" }).fill("tuple");
  await question(2).getByRole("button", { name: "Add option to question 2" }).click();
  await question(2).getByRole("textbox", { name: "Option 3" }).fill("int");
  await question(2).getByRole("checkbox", { name: "Option 1 is correct" }).check();
  await question(2).getByRole("checkbox", { name: "Option 2 is correct" }).check();
  // Now single choice with two correct options: the schema the API uses refuses it, next to the question.
  await question(2).getByLabel("Answer type").selectOption("Single choice");
  await expect(question(2).getByRole("radio", { name: "Option 1 is correct" })).toBeChecked();
  await expect(question(2).getByRole("radio", { name: "Option 2 is correct" })).toBeChecked();

  await page.getByRole("button", { name: "Add question" }).click();
  await question(3).getByLabel("Question text").fill("Is Python dynamically typed?");
  await question(3).getByLabel("Points").fill("2");
  await question(3).getByRole("textbox", { name: "Option 1" }).fill("Yes");
  await question(3).getByRole("textbox", { name: "Option 2" }).fill("No");
  await question(3).getByRole("radio", { name: "Option 1 is correct" }).check();
  await page.getByLabel("Pass mark (%)").fill("60");
  await page.getByLabel("Attempts allowed").selectOption("3");
  await page.getByLabel("Shuffle the questions for each attempt").check();

  await page.getByRole("button", { name: "Create item" }).click();
  await expect(question(2)).toContainText("A single-choice question has exactly one correct option.");
  await expect(question(1)).not.toContainText("correct option.");
  expect(await db.content.count({ where: { module: { courseId: course.id } } })).toBe(0);
  // Choosing one radio makes it the only correct option.
  await question(2).getByRole("radio", { name: "Option 2 is correct" }).click();
  await expect(question(2).getByRole("radio", { name: "Option 1 is correct" })).not.toBeChecked();
  await expect(question(2)).not.toContainText("A single-choice question has exactly one correct option.");
  // Reordering: the third question moves up.
  await question(3).getByRole("button", { name: "Move up Question 3" }).click();
  await expect(question(2).getByLabel("Question text")).toHaveValue("Is Python dynamically typed?");
  await create(page);

  const quiz = await db.content.findFirstOrThrow({
    where: { module: { courseId: course.id }, type: "QUIZ" },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  expect(quiz).toMatchObject({ title: "Check your types", passMark: 60, maxAttempts: 3, shuffleQuestions: true, shuffleOptions: false, showCorrectAnswers: false });
  expect(quiz.questions.map((q) => [q.prompt, q.type, q.points, q.options.map((o) => `${o.text}${o.isCorrect ? "*" : ""}`)])).toEqual([
    ["What does type(3) return?", "SINGLE_CHOICE", 1, ["int*", "str"]],
    ["Is Python dynamically typed?", "SINGLE_CHOICE", 2, ["Yes*", "No"]],
    ["Which of these are sequences?", "SINGLE_CHOICE", 1, ["list", "tuple*", "int"]],
  ]);
  // The saved quiz opens with what was saved.
  await page.reload();
  await expect(question(3).getByRole("radio", { name: "Option 2 is correct" })).toBeChecked();
  await expect(page.getByLabel("Attempts allowed")).toHaveValue("3");

  // An assignment: a due date, what to hand in, graded out of 100, complete on a passing grade.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Curriculum" }).click();
  await startContent(page, "Types", "Assignment", "Clean a dataset");
  await page.getByRole("textbox", { name: "Instructions" }).fill("Load `data.csv` and drop the rows without a price.");
  await page.getByLabel("Due date").fill("2030-05-01T17:00");
  const kinds = page.getByRole("group", { name: "What students hand in" });
  await expect(kinds.getByRole("checkbox", { name: "Text" })).toBeChecked();
  await expect(kinds.getByRole("checkbox", { name: "A link (URL)" })).toBeChecked();
  await kinds.getByRole("checkbox", { name: "A file" }).check();
  await expect(page.getByText("Maximum score: 100.")).toBeVisible();
  await page.getByRole("radio", { name: /^On a passing grade/ }).check();
  await page.getByLabel("Pass mark (%)").fill("75");
  await create(page);
  const assignment = await db.content.findFirstOrThrow({ where: { module: { courseId: course.id }, type: "ASSIGNMENT" } });
  expect(assignment).toMatchObject({ submissionKinds: ["TEXT", "URL", "FILE"], completionRule: "ON_PASSING_GRADE", passMark: 75, dueAt: new Date("2030-05-01T10:00:00Z") });
  await expect(page.getByLabel("Due date")).toHaveValue("2030-05-01T17:00");
});

const reorderOutline = [
  { title: "Alpha", contents: [{ title: "A1", type: "LESSON" as const }, { title: "A2", type: "LESSON" as const }, { title: "A3", type: "LINK" as const, url: "https://example.com/a3" }] },
  { title: "Beta", contents: [{ title: "B1", type: "LESSON" as const }, { title: "B2", type: "LESSON" as const }] },
  { title: "Gamma", contents: [] },
];

test("a teacher reorders by buttons, keyboard dragging and the mouse, moves a content across modules and deletes with confirmation", async ({ user, make, signedInPage: page }) => {
  test.setTimeout(120_000);
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Reordering"), outline: reorderOutline });
  await page.goto(curriculumOf(course.id));
  const expectOrder = async (order: string[][]) => {
    await expect.poll(() => shownOutline(page)).toEqual(order);
    await expect.poll(() => storedOutline(course.id)).toEqual(order);
  };

  // Buttons: one step at a time, focus stays on the button that moved the item.
  const down = page.getByRole("button", { name: "Move A1 down" });
  await down.click();
  await expectOrder([["Alpha", "A2", "A1", "A3"], ["Beta", "B1", "B2"], ["Gamma"]]);
  await expect(down).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "A1 is now at position 2 of 3 in Alpha." })).toBeAttached();
  await page.getByRole("button", { name: "Move module Beta up" }).click();
  await expectOrder([["Beta", "B1", "B2"], ["Alpha", "A2", "A1", "A3"], ["Gamma"]]);
  await expect(page.getByRole("button", { name: "Move module Beta up" })).toBeDisabled();

  // dnd-kit's keyboard dragging: the handle, Space, an arrow, Space.
  await page.getByRole("button", { name: "Drag B1" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "Picked up B1." })).toBeAttached();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("status").filter({ hasText: "B1 is over position 2 of 2 in Beta." })).toBeAttached();
  await page.keyboard.press("Space");
  await expectOrder([["Beta", "B2", "B1"], ["Alpha", "A2", "A1", "A3"], ["Gamma"]]);
  await expect(page.getByRole("button", { name: "Drag B1" })).toBeFocused();

  // A module by keyboard too: Alpha goes to the end.
  await page.getByRole("button", { name: "Drag module Alpha" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("status").filter({ hasText: "Alpha is over position 3 of 3." })).toBeAttached();
  await page.keyboard.press("Space");
  await expectOrder([["Beta", "B2", "B1"], ["Gamma"], ["Alpha", "A2", "A1", "A3"]]);

  // The mouse: A2 dragged below A3.
  const from = await page.getByRole("button", { name: "Drag A2" }).boundingBox();
  const to = await page.getByRole("button", { name: "Drag A3" }).boundingBox();
  if (!from || !to) throw new Error("handles not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 6, { steps: 12 });
  await page.mouse.up();
  await expectOrder([["Beta", "B2", "B1"], ["Gamma"], ["Alpha", "A1", "A3", "A2"]]);

  // Moving a content to another module, into an empty one.
  await page.getByRole("combobox", { name: "Move A3 to another module" }).selectOption({ label: "Gamma" });
  await expectOrder([["Beta", "B2", "B1"], ["Gamma", "A3"], ["Alpha", "A1", "A2"]]);
  await expect(page.getByRole("button", { name: "Drag A3" })).toBeFocused();

  // The order is the server's: a reload shows it.
  await page.reload();
  await expectOrder([["Beta", "B2", "B1"], ["Gamma", "A3"], ["Alpha", "A1", "A2"]]);

  // Deleting asks first; cancelling keeps it.
  await page.getByRole("button", { name: "Delete B1" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete “B1”?" });
  await expect(dialog).toContainText("Students lose this item and their progress on it.");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete B1" }).click();
  await dialog.getByRole("button", { name: "Delete item" }).click();
  await expect(toast(page)).toContainText("“B1” was deleted.");
  await expectOrder([["Beta", "B2"], ["Gamma", "A3"], ["Alpha", "A1", "A2"]]);

  await page.getByRole("button", { name: "Delete Alpha" }).click();
  const moduleDialog = page.getByRole("dialog", { name: "Delete module “Alpha”?" });
  await expect(moduleDialog).toContainText("Its 2 items are deleted with it. This cannot be undone.");
  await moduleDialog.getByRole("button", { name: "Delete module" }).click();
  await expect(toast(page)).toContainText("Module “Alpha” was deleted.");
  await expectOrder([["Beta", "B2"], ["Gamma", "A3"]]);

  // Renaming a module in place.
  await page.getByRole("button", { name: "Edit Gamma" }).click();
  await moduleCard(page, "Gamma").getByLabel("Module title").fill("Gamma rays");
  await moduleCard(page, "Gamma").getByRole("button", { name: "Save module" }).click();
  await expect(toast(page)).toContainText("Module saved.");
  await expectOrder([["Beta", "B2"], ["Gamma rays", "A3"]]);
});

test("a move the server refuses falls back to the server's order and says why", async ({ user, make, signedInPage: page }) => {
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Refused"), outline: [{ title: "Only", contents: [{ title: "X", type: "LESSON" }, { title: "Y", type: "LESSON" }] }] });
  await page.goto(curriculumOf(course.id));
  // Someone else deletes X meanwhile.
  await db.content.deleteMany({ where: { module: { courseId: course.id }, title: "X" } });
  await page.getByRole("button", { name: "Move X down" }).click();
  await expect(toast(page)).toContainText("Content not found.");
  await expect.poll(() => shownOutline(page)).toEqual([["Only", "X", "Y"]]);
});

test("leaving an edited form asks first", async ({ user, make, signedInPage: page }) => {
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Unsaved"), outline: [{ title: "One", contents: [{ title: "Intro", type: "LESSON", body: "Hello" }] }] });
  const content = await db.content.findFirstOrThrow({ where: { module: { courseId: course.id } } });
  await page.goto(`/teach/courses/${course.id}/contents/${content.id}`);
  await page.getByLabel("Title", { exact: true }).fill("Introduction");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Curriculum" }).click();
  await expect.poll(() => asked).toEqual(["confirm: You have unsaved changes. Leave this page and lose them?"]);
  await expect(page).toHaveURL(new RegExp(`/contents/${content.id}$`));
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Introduction");

  // Saved, the form lets the page go without asking.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(toast(page)).toContainText("Changes saved.");
  await expect(page.getByText("All changes saved.")).toBeVisible();
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Curriculum" }).click();
  await expect(page).toHaveURL(curriculumOf(course.id));
  await expect(page.getByRole("link", { name: "Introduction" })).toBeVisible();
  expect(asked).toHaveLength(1);
});

test("the curriculum editor in Indonesian", async ({ user, make, signedInPage: page }) => {
  test.setTimeout(60_000);
  await page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
  const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Dasar Python"), outline: [{ title: "Pengenalan", contents: [{ title: "Apa itu Python", type: "LESSON" }] }] });
  await page.goto(curriculumOf(course.id));
  await expect(page).toHaveTitle(/^Kurikulum · Dasar Python/);
  await expect(page.getByRole("heading", { level: 2, name: "Kurikulum" })).toBeVisible();
  await expect(moduleCard(page, "Pengenalan")).toContainText("1 materi");

  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Tambah modul" }) });
  await form.getByLabel("Judul modul").fill("Struktur data");
  await form.getByRole("button", { name: "Tambah modul" }).click();
  await expect(toast(page)).toContainText("Modul ditambahkan.");
  await page.getByRole("button", { name: "Pindahkan modul Struktur data ke atas" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modul Struktur data kini berada di posisi 1 dari 2." })).toBeAttached();
  await expect.poll(() => storedOutline(course.id)).toEqual([["Struktur data"], ["Pengenalan", "Apa itu Python"]]);

  await page.getByRole("button", { name: "Seret Apa itu Python" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "Apa itu Python diambil." })).toBeAttached();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status").filter({ hasText: "Pemindahan Apa itu Python dibatalkan." })).toBeAttached();

  const card = moduleCard(page, "Struktur data");
  await card.getByRole("button", { name: "Tambah materi ke Struktur data" }).click();
  await card.getByRole("radio", { name: /^Kuis/ }).check();
  await card.getByLabel("Judul", { exact: true }).fill("Kuis daftar");
  await card.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kuis baru" })).toBeVisible();
  const question = page.getByRole("group", { name: "Pertanyaan 1", exact: true });
  await question.getByLabel("Teks pertanyaan").fill("Manakah yang dapat diubah?");
  await question.getByRole("textbox", { name: "Opsi 1" }).fill("list");
  await question.getByRole("textbox", { name: "Opsi 2" }).fill("tuple");
  await page.getByRole("button", { name: "Buat materi" }).click();
  await expect(question).toContainText("Tandai minimal satu pilihan sebagai jawaban yang benar.");
  await question.getByRole("radio", { name: "Opsi 1 benar" }).check();
  await page.getByRole("button", { name: "Buat materi" }).click();
  await expect(toast(page)).toContainText("Materi dibuat.");
  await expect(page.getByRole("heading", { level: 2, name: "Kuis daftar" })).toBeVisible();
  await shoot(page, "quiz-id");
});

test.describe("who may edit", () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("another teacher gets the not-found page; an admin gets the editor", async ({ user, make, page, signIn, newDevicePage }) => {
    const course = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Private draft"), outline: [{ title: "Secret module", contents: [{ title: "Secret lesson", type: "LESSON" }] }] });
    const content = await db.content.findFirstOrThrow({ where: { module: { courseId: course.id } } });
    const other = await make.user({ role: "TEACHER" });
    await signIn(other, page);
    for (const path of [curriculumOf(course.id), `/teach/courses/${course.id}/contents/${content.id}`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByText("Secret module")).toHaveCount(0);
    }

    const admin = await make.user({ role: "ADMIN" });
    const adminPage = await newDevicePage();
    await signIn(admin, adminPage);
    await adminPage.goto(curriculumOf(course.id));
    await expect(moduleCard(adminPage, "Secret module")).toBeVisible();
  });
});
