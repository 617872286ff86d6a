// A visitor's catalog journey: home → catalog → search → filter → course page.
import { unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

test("a visitor finds a course through search and filters", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Courses", exact: true }).first().click();
  await expect(page).toHaveURL(/\/courses$/);
  const cards = page.getByTestId("course-card");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  await expect(page.getByText(/draft/i)).toHaveCount(0);

  await page.getByLabel("Search courses").fill("typescript");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=typescript/);
  await expect(cards).toHaveCount(1);
  const title = (await cards.first().getByRole("link").first().innerText()).trim();
  expect(title.toLowerCase()).toContain("typescript");

  await page.getByLabel("Search courses").fill("");
  const category = page.getByLabel("Category");
  const option = category.locator("option").nth(1);
  const categoryName = (await option.innerText()).replace(/\s*\(\d+\)\s*$/, "").trim();
  await category.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/categoryId=\d+/);
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card).toContainText(categoryName);

  await cards.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/courses\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Course outline" })).toBeVisible();
});

test("a search without results says so and offers to clear it", async ({ page }) => {
  await page.goto("/courses?q=zzzz-no-such-course");
  await expect(page.getByText("No courses match your search")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByTestId("course-card").first()).toBeVisible();
});

test.describe("a draft course", () => {
  // Its page answers 404, which Chromium reports as a failed resource load.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("is not found for visitors and other students, and shown to its teacher", async ({ page, request, make, signIn, newDevicePage, apiTokenFor }) => {
    const [teacher, student] = await Promise.all([make.user({ role: "TEACHER" }), make.user()]);
    const draft = await make.course({ teacherId: teacher.id, status: "DRAFT", title: unique("Unreleased draft") });
    const bearer = async (user: typeof teacher) => ({ headers: { Authorization: `Bearer ${await apiTokenFor(user)}` } });
    const search = `/api/v1/courses?q=${encodeURIComponent(draft.title)}`;

    expect((await page.goto(`/courses/${draft.slug}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: draft.title })).toHaveCount(0);
    expect((await request.get(`/api/v1/courses/${draft.id}`)).status()).toBe(404);
    expect((await (await request.get(search)).json()).data.courses).toEqual([]);

    const studentPage = await newDevicePage();
    await signIn(student, studentPage);
    expect((await studentPage.goto(`/courses/${draft.slug}`))?.status()).toBe(404);
    const asStudent = await bearer(student);
    expect((await request.get(`/api/v1/courses/${draft.id}`, asStudent)).status()).toBe(404);
    expect((await (await request.get(search, asStudent)).json()).data.courses).toEqual([]);

    const teacherPage = await newDevicePage();
    await signIn(teacher, teacherPage);
    expect((await teacherPage.goto(`/courses/${draft.slug}`))?.status()).toBe(200);
    await expect(teacherPage.getByRole("heading", { level: 1 })).toHaveText(draft.title);
    const asTeacher = await bearer(teacher);
    expect((await (await request.get(`/api/v1/courses/${draft.id}`, asTeacher)).json()).data.course).toMatchObject({ id: draft.id, status: "Draft" });
    expect((await (await request.get(search, asTeacher)).json()).data.courses.map((course: { id: number }) => course.id)).toEqual([draft.id]);
  });
});
