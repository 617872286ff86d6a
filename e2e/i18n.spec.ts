// The interface in Indonesian: chosen with the language switch (saved for a signed-in user,
// restored at sign-in on another device) or asked for by the browser's Accept-Language.
import { db } from "@/lib/db";
import { unique } from "../tests/factories";
import { expect, type Make, test } from "./support/fixtures";
import type { Page } from "@playwright/test";

async function makePaidCourse(make: Make) {
  const teacher = await make.user({ role: "TEACHER", fullName: "Sari Wulandari" });
  return make.course({
    teacherId: teacher.id,
    title: unique("Kelas TypeScript"),
    priceIDR: 399_000,
    outline: [{ title: "Dasar", contents: [{ type: "LESSON", title: "Pengantar" }, { type: "QUIZ", title: "Kuis 1" }] }],
  });
}

const switchTo = (page: Page, code: "EN" | "ID") => page.getByRole("contentinfo").getByRole("button", { name: new RegExp(`^${code} `) }).click();

async function expectIndonesianPages(page: Page, course: { title: string; slug: string }) {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Belajar dengan praktik, selangkah demi selangkah");
  await expect(page.getByRole("link", { name: "Lihat semua kursus" })).toBeVisible();

  await page.goto(`/courses?q=${encodeURIComponent(course.title)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kursus");
  await expect(page.getByRole("heading", { name: "1 kursus" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Terapkan" })).toBeVisible();
  const card = page.getByTestId("course-card");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("Rp\u00a0399.000");
  await expect(card).toContainText("1 modul");

  await page.goto(`/courses/${course.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { name: "Tentang kursus ini" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Silabus kursus" })).toBeVisible();
  await expect(page.getByText("Diajar oleh")).toBeVisible();
  await expect(page.getByRole("link", { name: "Daftar", exact: true })).toBeVisible();
  await expect(page.getByRole("complementary")).toContainText("Rp\u00a0399.000");
  await expect(page.getByRole("complementary")).toContainText("1 kuis");
}

test("the language switch turns the public pages Indonesian, and back", async ({ page, make }) => {
  const course = await makePaidCourse(make);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await switchTo(page, "ID");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Belajar dengan praktik, selangkah demi selangkah");
  await expectIndonesianPages(page, course);

  await switchTo(page, "EN");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "About this course" })).toBeVisible();
  await expect(page.getByRole("complementary")).toContainText("IDR\u00a0399,000");
});

test.describe("a browser that asks for Indonesian", () => {
  test.use({ locale: "id-ID" });

  test("gets the pages in Indonesian without a cookie", async ({ page, make }) => {
    const course = await makePaidCourse(make);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("lms-locale");
    await expectIndonesianPages(page, course);
  });
});

test("a signed-in user's choice is saved and follows them to another device", async ({ signedInPage, user, signIn, newDevicePage }) => {
  await signedInPage.goto("/");
  await expect(signedInPage.getByRole("link", { name: /account settings/ })).toBeVisible();
  await switchTo(signedInPage, "ID");
  await expect(signedInPage.locator("html")).toHaveAttribute("lang", "id");
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("id");

  const other = await newDevicePage();
  await signIn(user, other);
  await other.goto("/");
  await expect(other.locator("html")).toHaveAttribute("lang", "id");
  await expect(other.getByRole("link", { name: /pengaturan akun/ })).toBeVisible();
});
