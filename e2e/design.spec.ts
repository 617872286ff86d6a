// /design shows every primitive: screenshots in both languages at desktop and phone width
// (test-results/…/design-*.png, to look at), and the keyboard behaviour of the pieces that
// have some. The admin page, built from the same primitives, is screenshotted the same way.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const LOCALES = [
  { locale: "en", title: "Design system", admin: "Overview" },
  { locale: "id", title: "Sistem desain", admin: "Ringkasan" },
] as const;
const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

// Keys and clicks before the scripts have loaded would be lost.
const hydrated = (page: Page) => page.waitForLoadState("networkidle");

async function useLocale(page: Page, locale: string) {
  await page.context().addCookies([{ name: "lms-locale", value: locale, domain: "127.0.0.1", path: "/" }]);
}

for (const { locale, title } of LOCALES) {
  for (const { name, width, height } of WIDTHS) {
    test(`/design in ${locale} at ${name} width`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await useLocale(page, locale);
      await page.goto("/design");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await page.screenshot({ path: test.info().outputPath(`design-${locale}-${name}.png`), fullPage: true });
    });
  }
}

test("the confirm dialog keeps focus inside, closes on Esc and gives focus back", async ({ page }) => {
  await page.goto("/design");
  await hydrated(page);
  const trigger = page.getByRole("button", { name: "Delete course" });
  await trigger.focus();
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: "Delete this course?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/cannot be undone/);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  for (const expected of ["Delete", "Cancel", "Delete"]) {
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: expected, exact: true })).toBeFocused();
  }
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "The course has been deleted." })).toBeVisible();
});

test("a toast is announced in a status region, can be dismissed, and goes by itself", async ({ page }) => {
  await useLocale(page, "id");
  await page.goto("/design");
  await hydrated(page);
  // From now on the page's timers wait for the test to move the clock: a slow run cannot
  // outlast the toast. Installed after hydration, which the fake clock would hold up, and
  // paused, because an installed clock still follows real time until it is.
  await page.clock.install();
  // Ahead of the page's own clock, whatever it reads now.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 10_000));
  const region = page.getByRole("status", { name: "Notifikasi" });
  await page.getByRole("button", { name: "Tampilkan toast" }).click();
  await expect(region).toContainText("Perubahan Anda telah disimpan.");
  await region.getByRole("button", { name: "Tutup" }).click();
  await expect(region).not.toContainText("Perubahan Anda telah disimpan.");

  await page.getByRole("button", { name: "Tampilkan toast" }).click();
  await expect(region).toContainText("Perubahan Anda telah disimpan.");
  await page.clock.runFor(5_000);
  await expect(region).toContainText("Perubahan Anda telah disimpan.");
  await page.clock.runFor(1_500);
  await expect(region).not.toContainText("Perubahan Anda telah disimpan.");
});

test("tabs move with the arrow keys, and the markdown editor previews what was written", async ({ page }) => {
  await page.goto("/design");
  await hydrated(page);
  const overview = page.getByRole("tab", { name: "Overview" });
  await overview.click();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Modules" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Modules" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Modules" })).toHaveText("Modules and their lessons, in order.");
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Students" })).toBeFocused();

  await page.getByRole("textbox", { name: "Course description" }).fill("## Hello\n\nSome **bold** text");
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("tabpanel", { name: "Preview" }).getByRole("heading", { name: "Hello" })).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "Preview" }).locator("strong")).toHaveText("bold");
});

test("the sample table sorts by its column headers and filters through the toolbar", async ({ page }) => {
  await page.goto("/design");
  const table = page.getByRole("table", { name: "Sample courses" });
  const firstCells = () => table.locator("tbody tr td:first-child");
  await expect(table.getByRole("columnheader", { name: /Students/ })).toHaveAttribute("aria-sort", "descending");
  await expect(firstCells()).toHaveText(["Python untuk Analisis Data", "Desain Antarmuka dengan Figma", "Fotografi Produk", "Public Speaking in English"]);

  await table.getByRole("link", { name: /Course/ }).click();
  await expect(page).toHaveURL(/\/design\?sort=title$/);
  await expect(table.getByRole("columnheader", { name: /Course/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(firstCells().first()).toHaveText("Akuntansi Dasar untuk UMKM");

  const toolbar = page.getByRole("search", { name: "Filter sample courses" });
  await toolbar.getByLabel("Status").selectOption("DRAFT");
  await toolbar.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/design\?q=&status=DRAFT&sort=title$/);
  await expect(firstCells()).toHaveText(["Akuntansi Dasar untuk UMKM", "Manajemen Proyek Agile"]);
});

test.describe("the admin page", () => {
  test.use({ role: "ADMIN" });

  for (const { locale, admin } of LOCALES) {
    for (const { name, width, height } of WIDTHS) {
      test(`in ${locale} at ${name} width`, async ({ signedInPage: page }) => {
        await page.setViewportSize({ width, height });
        await useLocale(page, locale);
        await page.goto("/admin");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(admin);
        await page.screenshot({ path: test.info().outputPath(`admin-${locale}-${name}.png`), fullPage: true });
      });
    }
  }

  test("lists users sorted by name and filtered by role", async ({ signedInPage: page, make, user }) => {
    const teacher = await make.user({ role: "TEACHER", fullName: `Zz Teacher ${user.id}` });
    await page.goto(`/admin/users?q=${encodeURIComponent(teacher.fullName)}`);
    const table = page.getByRole("table", { name: "Users, 1 account found" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText(teacher.email);
    await expect(table).toContainText("Teacher");

    const toolbar = page.getByRole("search", { name: "Filter users" });
    await toolbar.getByLabel("Role").selectOption("Student");
    await toolbar.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByRole("heading", { name: "No users match" })).toBeVisible();
  });
});
