// The teaching area in a real browser: a teacher creates a paid course with a cover, edits
// it, publishes it once it has a curriculum, and sees it on its public page with the way to
// edit it instead of the enrolment panel; another teacher cannot edit it; an admin reassigns it.
import { db } from "@/lib/db";
import { makeContent, makeEnrollment, makeModule, unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

test.describe("a teacher's courses", () => {
  test.use({ role: "TEACHER" });

  test("creates a paid course with a cover and edits it", async ({ signedInPage: page, user }) => {
    await page.goto("/teach");
    await expect(page.getByRole("heading", { level: 1, name: "My courses" })).toBeVisible();
    await expect(page.getByText("No courses yet")).toBeVisible();
    await page.getByRole("link", { name: "New course" }).click();

    await expect(page).toHaveURL(/\/teach\/courses\/new$/);
    const title = unique("Data Analysis with Python");
    await page.getByLabel("Title", { exact: true }).fill(title);
    await expect(page.getByLabel("Slug")).toHaveValue(title.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    // A demo category: the server's read cache lists categories as the last category write left them.
    const [categoryId] = await page.getByLabel("Category").selectOption({ index: 1 });
    await page.getByRole("textbox", { name: "Description" }).fill("## What you learn\n\nPandas, plots and **clean data**.");
    await page.getByLabel("Price (IDR)").fill("250000");
    await page.getByRole("button", { name: "Create course" }).click();

    await expect(page).toHaveURL(/\/teach\/courses\/\d+$/);
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Course created.");
    const courseId = Number(new URL(page.url()).pathname.split("/").pop());
    const course = await db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(course).toMatchObject({ title, teacherId: user.id, priceIDR: 250000, categoryId: Number(categoryId), status: "DRAFT" });
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Course sections" }).getByRole("link", { name: "Details" })).toHaveAttribute("aria-current", "page");

    // The cover uploads as soon as it is chosen.
    await page.getByLabel("Cover image").setInputFiles("e2e/fixtures/avatar.png");
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("The new cover is saved.");
    await expect(page.getByRole("img", { name: "The course's cover image" })).toHaveAttribute("src", /^\/uploads\/covers\/[0-9a-f-]+-w480\.webp$/);

    // An edit asks before it is left unsaved, then saves.
    await page.getByLabel("Price (IDR)").fill("300000");
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("link", { name: "My courses" }).click();
    await expect(page).toHaveURL(new RegExp(`/teach/courses/${courseId}$`));
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Changes saved.");
    await expect.poll(async () => (await db.course.findUniqueOrThrow({ where: { id: courseId } })).priceIDR).toBe(300000);

    // Its draft page shows it to its teacher with the cover, a banner, and the way back to editing.
    await page.goto(`/courses/${course.slug}`);
    await expect(page.getByText("This course is a draft: only its teacher and administrators can see this page.")).toBeVisible();
    await expect(page.getByRole("complementary").locator("img")).toHaveAttribute("src", /\/uploads\/covers\/[0-9a-f-]+-w480\.webp$/);
    await expect(page.getByRole("link", { name: "Edit course" })).toHaveAttribute("href", `/teach/courses/${courseId}`);
  });

  test("publishes a course once it has a curriculum; its public page offers editing instead of enrolling", async ({ signedInPage: page, user, make, newDevicePage }) => {
    const course = await make.course({ teacherId: user.id, title: unique("SQL for Analysts"), status: "DRAFT", priceIDR: 150000 });
    await page.goto(`/teach/courses/${course.id}`);
    // A click before the page's scripts have loaded opens no dialog.
    await page.waitForLoadState("networkidle");

    // Publishing without a curriculum is refused with the reason.
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("dialog", { name: "Publish this course?" }).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Add at least one module with at least one content before publishing this course.")).toBeVisible();

    const outlineModule = await makeModule({ courseId: course.id, title: "Getting started" });
    await makeContent({ moduleId: outlineModule.id, title: "Your first SELECT", type: "LESSON", body: "`SELECT 1;`" });
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await page.getByRole("dialog", { name: "Publish this course?" }).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("The course is published.");
    await expect(page.getByRole("button", { name: "Unpublish to draft" })).toBeVisible();
    await expect(page.getByRole("main").getByText("Published", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "View public page" }).click();
    await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: course.title })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit course" })).toHaveAttribute("href", `/teach/courses/${course.id}`);
    await expect(page.getByRole("link", { name: "Preview as student" })).toHaveAttribute("href", `/teach/courses/${course.id}/preview`);
    await expect(page.getByRole("link", { name: "Enrol" })).toHaveCount(0);

    const visitor = await newDevicePage();
    await visitor.goto(`/courses/${course.slug}`);
    await expect(visitor.getByRole("link", { name: "Enrol" })).toBeVisible();
    await expect(visitor.getByRole("link", { name: "Edit course" })).toHaveCount(0);

    await page.goto("/teach");
    const row = page.getByRole("row", { name: new RegExp(course.title) });
    await expect(row).toContainText("Published");
    await expect(row.getByRole("link", { name: course.title })).toHaveAttribute("href", `/teach/courses/${course.id}`);
  });

  test("a course released later says when it opens", async ({ user, make, page }) => {
    const later = await make.course({ teacherId: user.id, title: unique("Opens later"), releaseDate: new Date("2031-03-12T02:00:00Z") });
    await page.goto(`/courses/${later.slug}`);
    await expect(page.getByText("Opens on 12 Mar 2031")).toBeVisible();
    await page.goto(`/courses?q=${encodeURIComponent(later.title)}`);
    await expect(page.getByTestId("course-card")).toContainText("Opens on 12 Mar 2031");
  });

  test("a course with enrolments is archived, not deleted; one without is deleted", async ({ signedInPage: page, user, make }) => {
    const taken = await make.course({ teacherId: user.id });
    await makeEnrollment({ studentId: (await make.user()).id, courseId: taken.id });
    await page.goto(`/teach/courses/${taken.id}`);
    await page.getByRole("button", { name: "Delete course" }).click();
    await page.getByRole("dialog", { name: "Delete this course for good?" }).getByRole("button", { name: "Delete for good" }).click();
    await expect(page.getByText(/This course has 1 enrolment, so it cannot be deleted\. Archive it instead/)).toBeVisible();
    await page.getByRole("button", { name: "Archive", exact: true }).click();
    await page.getByRole("dialog", { name: "Archive this course?" }).getByRole("button", { name: "Archive", exact: true }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("The course is archived.");
    await expect(page.getByRole("button", { name: "Restore to draft" })).toBeVisible();

    const spare = await make.course({ teacherId: user.id, status: "DRAFT", title: unique("Spare") });
    await page.goto(`/teach/courses/${spare.id}`);
    await page.getByRole("button", { name: "Delete course" }).click();
    await page.getByRole("dialog", { name: "Delete this course for good?" }).getByRole("button", { name: "Delete for good" }).click();
    await expect(page).toHaveURL(/\/teach$/);
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("The course was deleted.");
    expect(await db.course.findUnique({ where: { id: spare.id } })).toBeNull();
  });
});

test.describe("another teacher", () => {
  // The colleague's draft answers 404, which Chromium reports as a failed resource load.
  test.use({ role: "TEACHER", allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("does not find a colleague's draft and cannot edit their published course", async ({ signedInPage: page, make }) => {
    const owner = await make.user({ role: "TEACHER" });
    const draft = await make.course({ teacherId: owner.id, status: "DRAFT" });
    const published = await make.course({ teacherId: owner.id });
    expect((await page.goto(`/teach/courses/${draft.id}`))?.status()).toBe(404);
    await page.goto(`/teach/courses/${published.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "You cannot edit this course" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await page.goto(`/courses/${published.slug}`);
    await expect(page.getByRole("link", { name: "Edit course" })).toHaveCount(0);
    await expect(page.getByText("Only students enrol in courses. A course's own teacher and admins can preview it.")).toBeVisible();
  });
});

test.describe("an admin", () => {
  test.use({ role: "ADMIN" });

  test("sees every course with its teacher and reassigns one", async ({ signedInPage: page, make }) => {
    const [from, to] = await Promise.all([make.user({ role: "TEACHER", fullName: unique("Ana From") }), make.user({ role: "TEACHER", fullName: unique("Budi To") })]);
    const course = await make.course({ teacherId: from.id, title: unique("Handed over") });
    await page.goto(`/teach?q=${encodeURIComponent(course.title)}`);
    await expect(page.getByRole("heading", { level: 1, name: "All courses" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(course.title) })).toContainText(from.fullName);

    await page.getByRole("link", { name: course.title }).click();
    await expect(page.getByText(`Taught by ${from.fullName}`)).toBeVisible();
    await page.getByLabel("Teacher", { exact: true }).selectOption({ label: `${to.fullName} (${to.email})` });
    await page.getByRole("button", { name: "Reassign" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("The course has a new teacher.");
    await expect(page.getByText(`Taught by ${to.fullName}`)).toBeVisible();
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).teacherId).toBe(to.id);
  });
});
