// User administration in a real browser: finding a user, changing their role (which ends
// their sessions), disabling and enabling them, mailing them a reset link, and deleting a
// teacher after handing their course to another teacher on the same screen; in English at
// desktop width and in Indonesian on a phone, with screenshots
// (test-results/…/admin-users-*.png, to look at).
import type { Page } from "@playwright/test";
import { unique } from "../tests/factories";
import { latestMail } from "./support/accounts";
import { expect, test } from "./support/fixtures";

test.use({ role: "ADMIN" });

const inIndonesian = (page: Page) => page.context().addCookies([{ name: "lms-locale", value: "id", domain: "127.0.0.1", path: "/" }]);
const shot = async (page: Page, name: string) => {
  // A reload keeps the scroll position, where the sticky header would cover the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`admin-users-${name}.png`), fullPage: true });
};

test("in English at desktop width: find a user, change their role, disable and enable them, send a reset email", async ({ signedInPage: page, make, apiTokenFor, request }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  const word = unique("Findable");
  const student = await make.user({ fullName: `Rina ${word}` });
  await make.user({ fullName: `Other ${word}`, role: "TEACHER", activated: false });
  const studentToken = await apiTokenFor(student);

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  const toolbar = page.getByRole("search", { name: "Filter users" });
  await toolbar.getByLabel("Search users").fill(word);
  await toolbar.getByLabel("Status").selectOption("active");
  await toolbar.getByRole("button", { name: "Apply" }).click();
  const table = page.getByRole("table", { name: "Users, 1 account found" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", `/admin/users/export?q=${word}&status=active`);
  await shot(page, "en-desktop-table");

  await table.getByRole("link", { name: student.fullName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(student.fullName);
  // Choices made before the page's scripts have loaded do not count: choose until Save wakes up.
  const role = page.getByLabel("Role", { exact: true });
  await expect(async () => {
    await role.selectOption("Admin");
    await role.selectOption("Teacher");
    await expect(page.getByRole("button", { name: "Save" })).toBeEnabled({ timeout: 1000 });
  }).toPass();
  await page.getByRole("button", { name: "Save" }).click();
  const toasts = page.getByRole("status", { name: "Notifications" });
  await expect(toasts).toContainText(`Saved the changes to ${student.fullName}.`);
  // A new role ends the user's sessions and tokens.
  expect((await request.get("/api/v1/users/me", { headers: { Authorization: `Bearer ${studentToken}` } })).status()).toBe(401);

  await page.getByRole("button", { name: "Disable account" }).click();
  await page.getByRole("dialog", { name: `Disable the account of ${student.fullName}?` }).getByRole("button", { name: "Disable" }).click();
  await expect(toasts).toContainText(`Disabled the account of ${student.fullName}.`);
  await expect(page.getByText("The account is disabled", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Enable account" }).click();
  await page.getByRole("dialog", { name: `Enable the account of ${student.fullName}?` }).getByRole("button", { name: "Enable" }).click();
  await expect(toasts).toContainText(`Enabled the account of ${student.fullName}.`);

  await page.getByRole("button", { name: "Send password reset email" }).click();
  await page.getByRole("dialog", { name: "Send a password reset email?" }).getByRole("button", { name: "Send email" }).click();
  await expect(toasts).toContainText(`Sent a password reset email to ${student.email}.`);
  const mail = await latestMail(request, student.email, /password/i);
  expect(mail.text).toMatch(/https?:\/\/[^\s]+\/reset-password\?token=[0-9a-f]{64}/);

  // The trail shows what was done to the account, newest first.
  await page.reload();
  const trail = page.getByRole("table", { name: "Audit trail" });
  await expect(trail.getByRole("row").nth(1)).toContainText(`sent a password reset email to user #${student.id}`);
  await expect(trail).toContainText(`changed the role of user #${student.id} from student to teacher`);
  await shot(page, "en-desktop-user");
});

test("in Indonesian on a phone: a teacher's course is reassigned on their page, then the teacher is deleted", async ({ signedInPage: page, make }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await inIndonesian(page);
  const leaving = await make.user({ role: "TEACHER", fullName: unique("Budi Pengajar") });
  const taking = await make.user({ role: "TEACHER", fullName: unique("Ani Pengajar") });
  const course = await make.course({ teacherId: leaving.id, title: unique("Kursus Robotika") });

  await page.goto(`/admin/users?q=${encodeURIComponent(leaving.fullName)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengguna");
  await expect(page.getByRole("table", { name: "Pengguna, 1 akun ditemukan" })).toContainText(leaving.email);
  await shot(page, "id-phone-table");

  await page.goto(`/admin/users/${leaving.id}`);
  await expect(page.getByText("Pengajar ini masih memiliki 1 kursus", { exact: false })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: course.title })).toBeVisible();
  await shot(page, "id-phone-user");

  // Deleting first is refused, with the reason, in the dialog. (The first click may come
  // before the page's scripts have loaded: it is repeated until the dialog opens.)
  const dialog = page.getByRole("dialog", { name: `Hapus akun ${leaving.fullName}?` });
  await expect(async () => {
    await page.getByRole("button", { name: "Hapus akun" }).click();
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  await dialog.getByRole("button", { name: "Hapus", exact: true }).click();
  await expect(dialog.getByText("Pengajar ini masih memiliki 1 kursus", { exact: false })).toBeVisible();
  await dialog.getByRole("button", { name: "Batal" }).click();

  await page.getByLabel("Alihkan kursusnya ke").selectOption({ label: `${taking.fullName} (${taking.email})` });
  await page.getByRole("button", { name: "Alihkan kursus" }).click();
  await expect(page.getByRole("status", { name: "Notifikasi" })).toContainText(`Kursus dialihkan ke ${taking.fullName} (${taking.email}): 1.`);
  await expect(page.getByLabel("Alihkan kursusnya ke")).toHaveCount(0);

  await page.getByRole("button", { name: "Hapus akun" }).click();
  await page.getByRole("dialog", { name: `Hapus akun ${leaving.fullName}?` }).getByRole("button", { name: "Hapus", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("status", { name: "Notifikasi" })).toContainText(`Akun ${leaving.fullName} telah dihapus.`);
});
