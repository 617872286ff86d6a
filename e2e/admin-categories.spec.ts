// The category admin pages in a real browser: an admin adds, renames and deletes categories
// (moving the courses of a used one), in English and in Indonesian, with screenshots at
// desktop and phone width (test-results/…/admin-categories-*.png, to look at).
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

test.use({ role: "ADMIN" });

const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

// Clicks before the scripts have loaded would be lost.
const hydrated = (page: Page) => page.waitForLoadState("networkidle");
const inIndonesian = (page: Page) => page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
const categoryNamed = (name: string) => db.category.findUnique({ where: { name } });

test("an admin adds, renames and deletes a category, moving its courses", async ({ signedInPage: page, make }) => {
  // A whole journey of form round trips: more than the default time on a busy machine.
  test.slow();
  const name = unique("Robotics");
  const renamed = unique("Robotics and AI");
  const target = await make.category({ name: unique("Zz Target") });
  try {
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Administration sections" }).getByRole("link", { name: "Categories" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Categories");
    await hydrated(page);

    const add = page.getByRole("main").locator("form").filter({ has: page.getByRole("button", { name: "Add category" }) });
    await add.getByRole("button", { name: "Add category" }).click();
    await expect(add.getByText("Enter a name for the category.")).toBeVisible();
    await add.getByLabel("Name").fill(name);
    await add.getByLabel("Description").fill("Build and program robots.");
    await add.getByRole("button", { name: "Add category" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText(`Category “${name}” added.`);
    await expect(add.getByLabel("Name")).toHaveValue("");

    // The same name in another case is refused next to the field.
    await add.getByLabel("Name").fill(name.toUpperCase());
    await add.getByRole("button", { name: "Add category" }).click();
    await expect(add.getByText("A category with this name already exists.")).toBeVisible();

    const search = page.getByRole("search", { name: "Filter categories" });
    await search.getByLabel("Search categories").fill(name);
    await search.getByRole("button", { name: "Apply" }).click();
    const table = page.getByRole("table", { name: "Categories, 1 category found" });
    await expect(table).toContainText("Build and program robots.");
    await expect(table.getByRole("columnheader", { name: /Courses \(all statuses\)/ })).toBeVisible();
    const category = await categoryNamed(name);
    expect(category?.slug).toBe(name.toLowerCase());

    const teacher = await make.user({ role: "TEACHER" });
    const courses = [await make.course({ teacherId: teacher.id, categoryId: category!.id }), await make.course({ teacherId: teacher.id, categoryId: category!.id, status: "DRAFT" })];

    await table.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByText("2 courses use this category (counting drafts and archived courses).")).toBeVisible();
    await hydrated(page);
    await page.getByLabel("Name").fill(renamed);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText(`Category “${renamed}” saved.`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
    expect((await categoryNamed(renamed))?.slug).toBe(renamed.toLowerCase().replace(/ /g, "-"));

    await page.getByRole("button", { name: "Delete category" }).click();
    const dialog = page.getByRole("dialog", { name: `Delete “${renamed}”?` });
    await expect(dialog).toContainText("2 courses use this category.");
    await dialog.getByRole("button", { name: "Delete category" }).click();
    // Without a choice the dialog stays open and says what is missing.
    await expect(dialog.getByText("Choose the category its courses move to.")).toBeVisible();
    await dialog.getByLabel("Move its courses to").selectOption({ label: target.name });
    await page.screenshot({ path: test.info().outputPath("admin-categories-en-delete-dialog.png") });
    await dialog.getByRole("button", { name: "Delete category" }).click();

    await expect(page).toHaveURL(/\/admin\/categories$/);
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText(`Category “${renamed}” deleted; its courses now belong to “${target.name}”.`);
    expect(await db.category.findUnique({ where: { id: category!.id } })).toBeNull();
    const moved = await db.course.findMany({ where: { id: { in: courses.map((course) => course.id) } }, select: { categoryId: true } });
    expect(moved).toEqual([{ categoryId: target.id }, { categoryId: target.id }]);
  } finally {
    await db.category.deleteMany({ where: { name: { in: [name, renamed] } } });
  }
});

test("an admin adds and deletes an unused category in Indonesian", async ({ signedInPage: page }) => {
  const name = unique("Kerajinan");
  await inIndonesian(page);
  try {
    await page.goto("/admin/categories");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kategori");
    await hydrated(page);
    const add = page.getByRole("main").locator("form").filter({ has: page.getByRole("button", { name: "Tambah kategori" }) });
    await add.getByLabel("Nama").fill(name);
    await add.getByRole("button", { name: "Tambah kategori" }).click();
    await expect(page.getByRole("status", { name: "Notifikasi" })).toContainText(`Kategori “${name}” ditambahkan.`);

    await page.goto(`/admin/categories?q=${encodeURIComponent(name)}`);
    await page.getByRole("table").getByRole("link", { name }).click();
    await expect(page.getByText("Belum ada kursus yang menggunakan kategori ini.")).toBeVisible();
    await hydrated(page);
    await page.getByRole("button", { name: "Hapus kategori" }).click();
    const dialog = page.getByRole("dialog", { name: `Hapus “${name}”?` });
    await expect(dialog).toContainText("Tidak ada kursus yang menggunakannya");
    await dialog.getByRole("button", { name: "Hapus kategori" }).click();
    await expect(page.getByRole("status", { name: "Notifikasi" })).toContainText(`Kategori “${name}” dihapus.`);
    await expect(page).toHaveURL(/\/admin\/categories$/);
    expect(await categoryNamed(name)).toBeNull();
  } finally {
    await db.category.deleteMany({ where: { name } });
  }
});

test("students and teachers are turned away from the category pages", async ({ page, make, signIn }) => {
  await signIn(await make.user({ role: "TEACHER" }), page);
  await page.goto("/admin/categories");
  await expect(page).toHaveURL(/\/no-access$/);
});

for (const locale of ["en", "id"] as const) {
  for (const { name, width, height } of WIDTHS) {
    test(`the category pages in ${locale} at ${name} width`, async ({ signedInPage: page, make }) => {
      const category = await make.category({ name: unique("Fotografi"), description: "Cahaya, komposisi dan kamera." });
      const teacher = await make.user({ role: "TEACHER" });
      await make.course({ teacherId: teacher.id, categoryId: category.id });
      if (locale === "id") await inIndonesian(page);
      await page.setViewportSize({ width, height });
      await page.goto("/admin/categories");
      await expect(page.getByRole("table")).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`admin-categories-${locale}-${name}-list.png`), fullPage: true });
      await page.goto(`/admin/categories/${category.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);
      await page.screenshot({ path: test.info().outputPath(`admin-categories-${locale}-${name}-edit.png`), fullPage: true });
      await hydrated(page);
      await page.getByRole("button", { name: locale === "en" ? "Delete category" : "Hapus kategori" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`admin-categories-${locale}-${name}-delete.png`) });
    });
  }
}
