// A visitor's catalog journey: home → catalog → search → filter → course page.
import { expect, test } from "@playwright/test";

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

test("a draft course page is not found for visitors", async ({ page, request }) => {
  const response = await page.goto("/courses/no-such-course-slug");
  expect(response?.status()).toBe(404);
  const drafts = await (await request.get("/api/v1/courses?q=draft")).json();
  expect(drafts.data.courses).toEqual([]);
});
