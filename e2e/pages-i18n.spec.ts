// The signed-in pages in Indonesian: dashboard (per role), teaching list, no-access and the
// development mail outbox; and dates in the browser's time zone once it has said which.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db";
import { unique } from "../tests/factories";
import { expect, test } from "./support/fixtures";

const inIndonesian = (page: Page) => page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
const shortcut = (page: Page, name: string) => page.getByRole("main").getByRole("heading", { level: 2, name });

test.describe("the dashboard in Indonesian", () => {
  test("a brand-new student gets the first-run welcome with popular courses", async ({ make, signIn, page }) => {
    const student = await make.user({ fullName: "Sari Wulandari" });
    await signIn(student);
    await inIndonesian(page);
    await page.goto("/dashboard");
    await expect(page).toHaveTitle("Dasbor · Lumen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang di Lumen, Sari");
    await expect(page.getByText("Anda belum mengikuti kursus apa pun.", { exact: false })).toBeVisible();
    await expect(shortcut(page, "Kursus populer")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Jelajahi semua kursus" })).toHaveAttribute("href", "/courses");
    await expect(shortcut(page, "Mengajar")).toHaveCount(0);
    await expect(shortcut(page, "Administrasi")).toHaveCount(0);
  });

  test("a teacher also gets teaching, an admin administration", async ({ make, signIn, page, newDevicePage }) => {
    const [teacher, admin] = await Promise.all([make.user({ role: "TEACHER" }), make.user({ role: "ADMIN" })]);
    await signIn(teacher);
    await inIndonesian(page);
    await page.goto("/dashboard");
    await expect(shortcut(page, "Mengajar")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Lihat kursus saya" })).toHaveAttribute("href", "/teach");
    await expect(shortcut(page, "Administrasi")).toHaveCount(0);

    const adminPage = await newDevicePage();
    await signIn(admin, adminPage);
    await inIndonesian(adminPage);
    await adminPage.goto("/dashboard");
    await expect(shortcut(adminPage, "Administrasi")).toBeVisible();
    await expect(adminPage.getByRole("main").getByRole("link", { name: "Kelola pengguna" })).toHaveAttribute("href", "/admin");
  });
});

test.describe("the teaching list", () => {
  test.use({ role: "TEACHER", timezoneId: "America/New_York" });

  test("shows each course with its translated status, dates in Jakarta time until the browser names its zone", async ({ make, user, signedInPage: page }) => {
    const draft = await make.course({ teacherId: user.id, title: unique("Draf TypeScript"), status: "DRAFT", priceIDR: 399_000 });
    await make.course({ teacherId: user.id, title: unique("Kelas SQL"), status: "PUBLISHED" });
    // 20:00 UTC on 12 March: 13 March in Jakarta, still 12 March in New York.
    await db.course.update({ where: { id: draft.id }, data: { updatedAt: new Date("2026-03-12T20:00:00Z") } });
    await inIndonesian(page);

    await page.goto("/teach");
    await expect(page).toHaveTitle("Mengajar · Lumen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kursus saya");
    await expect(page.getByText("2 kursus, termasuk draf dan yang diarsipkan.")).toBeVisible();
    const table = page.getByRole("table", { name: "Kursus: 2 kursus" });
    await expect(table.getByRole("columnheader")).toContainText(["Kursus", "Status", "Peserta", "Penyelesaian", "Terakhir diubah"]);
    const draftRow = table.getByRole("row").filter({ hasText: draft.title });
    await expect(draftRow.getByRole("link", { name: draft.title })).toHaveAttribute("href", `/teach/courses/${draft.id}`);
    await expect(draftRow).toContainText("Draf");
    await expect(draftRow).toContainText("13 Mar 2026");
    await expect(table.getByRole("row").filter({ hasText: "Kelas SQL" })).toContainText("Terbit");

    await expect.poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === "lms-tz")?.value).toBe("America/New_York");
    await page.reload();
    await expect(table.getByRole("row").filter({ hasText: draft.title })).toContainText("12 Mar 2026");
  });

  test("says so when there is no course yet", async ({ signedInPage: page }) => {
    await inIndonesian(page);
    await page.goto("/teach");
    await expect(page.getByRole("heading", { name: "Belum ada kursus" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Buat kursus pertama Anda" })).toHaveAttribute("href", "/teach/courses/new");
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});

test("a student sent away from the admin area is told why, in Indonesian", async ({ signedInPage: page }) => {
  await inIndonesian(page);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/no-access/);
  await expect(page).toHaveTitle("Tidak ada akses · Lumen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anda tidak memiliki akses ke halaman ini");
  await expect(page.getByRole("main").getByRole("link", { name: "Buka dasbor Anda" })).toHaveAttribute("href", "/dashboard");
});

test.describe("the mail outbox", () => {
  // The page scan injects axe into every frame, the mails' sandboxed ones too (no scripts, by
  // design), and Chromium may log the refusal, depending on timing. Readers see no error.
  test.use({ allowedConsoleErrors: [/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/] });

  test("filters by recipient, in Indonesian", async ({ page }) => {
    await inIndonesian(page);
    const nobody = `${unique("nobody")}@example.test`;
    await page.goto("/dev/mail");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kotak keluar email");
    await page.getByLabel("Penerima").fill(nobody);
    await page.getByRole("button", { name: "Saring" }).click();
    await expect(page).toHaveURL(/\/dev\/mail\?to=/);
    await expect(page.getByRole("heading", { name: "Belum ada email" })).toBeVisible();
    await expect(page.getByText(`Tidak ada email yang dikirim ke ${nobody}.`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Tampilkan semua" })).toBeVisible();
  });
});
