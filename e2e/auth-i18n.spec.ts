// The sign-in pages in Indonesian: the page's own text, the form's field errors (worded in
// the browser by the lazy resolver) and the server's answers (worded by the action adapter
// and by the sign-in callback) all follow the lms-locale cookie.
import { expect, test } from "./support/fixtures";

test.use({
  // A rejected sign-in answers 401, which Chromium reports as a failed resource load.
  allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/],
});

test.beforeEach(async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "lms-locale", value: "id", url: baseURL }]);
});

test("the sign-in page speaks Indonesian, in the browser and from the server", async ({ page, user }) => {
  await page.goto("/login?notice=password-changed");
  await expect(page).toHaveTitle(/^Masuk/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk");
  await expect(page.getByRole("status").filter({ hasText: "Kata sandi Anda telah diubah. Silakan masuk dengan kata sandi baru." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lupa kata sandi?" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Buat akun" })).toHaveAttribute("href", "/register");
  await page.waitForLoadState("networkidle");

  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByText("Email atau nama pengguna wajib diisi.")).toBeVisible();

  await page.getByLabel("Email atau nama pengguna").fill(user.email);
  await page.getByLabel("Kata sandi", { exact: true }).fill("bukan kata sandi saya");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email/nama pengguna atau kata sandi salah." })).toBeVisible();
});

test("the register page speaks Indonesian, in the browser and from the server", async ({ page, user }) => {
  await page.goto("/register");
  await expect(page).toHaveTitle(/^Buat akun/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buat akun Anda");
  await expect(page.getByRole("group", { name: "Saya ingin" }).getByRole("radio", { name: "Belajar" })).toBeChecked();
  await page.waitForLoadState("networkidle");

  await page.getByLabel("Nama lengkap").fill("Intan Permata");
  await page.getByLabel("Email", { exact: true }).fill("bukan-email");
  await page.getByLabel("Kata sandi", { exact: true }).fill("frasa sandi yang cukup panjang");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Masukkan alamat email yang valid.")).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Email ini sudah terdaftar.")).toBeVisible();
});

test("the activation page speaks Indonesian in each of its states", async ({ page }) => {
  await page.goto("/activate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktifkan akun Anda");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tautan aktivasi ini tidak lengkap. Silakan buka kembali tautan dari email Anda.");

  await page.goto(`/activate?token=${"0".repeat(64)}`);
  await page.getByRole("button", { name: "Aktifkan akun saya" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Tautan aktivasi ini tidak valid atau sudah kedaluwarsa.");
  await expect(alert.getByRole("link", { name: "masuk" })).toHaveAttribute("href", "/login");
});
