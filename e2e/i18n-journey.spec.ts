// A whole account journey in Indonesian, from the header's language switch on: register →
// activation mail → activate → sign in → dashboard → settings, with form errors from the
// browser and from the server, and the mails, all in Indonesian.
import { db } from "@/lib/db";
import { latestMail, linkIn, uniqueEmail } from "./support/accounts";
import { expect, test } from "./support/fixtures";

// A refused sign-in answers 401, which Chromium reports as a failed resource load.
test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] });

test("register, activate, sign in and change settings entirely in Indonesian", async ({ page, request }) => {
  const email = uniqueEmail("jurnal");
  const password = "kopi tubruk pagi hari";
  const main = page.getByRole("main");

  await page.goto("/register");
  await page.getByRole("banner").getByRole("button", { name: /^ID / }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buat akun Anda");
  await expect(page).toHaveTitle(/^Buat akun/);
  await page.waitForLoadState("networkidle");

  // Field errors found in the browser come from the Indonesian catalog.
  await main.getByLabel("Nama lengkap").fill("Intan Permata");
  await main.getByLabel("Email", { exact: true }).fill("bukan-email");
  await main.getByLabel("Kata sandi", { exact: true }).fill("pendek");
  await main.getByRole("button", { name: "Buat akun" }).click();
  await expect(main.getByText("Masukkan alamat email yang valid.")).toBeVisible();
  await expect(main.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();

  await main.getByLabel("Email", { exact: true }).fill(email);
  await main.getByLabel("Kata sandi", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Buat akun" }).click();
  await expect(main.getByText("Periksa email Anda")).toBeVisible();
  await expect(main.getByText(`Kami telah mengirimkan tautan aktivasi ke ${email}.`)).toBeVisible();
  // The language the account registered in is its saved language: its mails follow it.
  expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe("id");

  // Signing in before activating: the server's refusal, in Indonesian.
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk");
  await page.waitForLoadState("networkidle");
  await main.getByLabel("Email atau nama pengguna").fill(email);
  await main.getByLabel("Kata sandi", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Masuk" }).click();
  await expect(main.getByText(/Akun Anda belum diaktifkan/)).toBeVisible();

  const activation = await latestMail(request, email, /^Aktifkan akun Lumen LMS Anda$/);
  expect(activation.text).toContain("Halo Intan Permata,");
  expect(activation.html).toContain('lang="id"');
  await page.goto(linkIn(activation, "/activate").replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktifkan akun Anda");
  await main.getByRole("button", { name: "Aktifkan akun saya" }).click();
  await expect(main.getByText("Akun Anda sudah aktif. Selamat bergabung!")).toBeVisible();

  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await main.getByLabel("Email atau nama pengguna").fill(email);
  await main.getByLabel("Kata sandi", { exact: true }).fill("kata sandi yang keliru");
  await main.getByRole("button", { name: "Masuk" }).click();
  await expect(main.getByRole("alert").filter({ hasText: "Email/nama pengguna atau kata sandi salah." })).toBeVisible();
  await main.getByLabel("Kata sandi", { exact: true }).fill(password);
  await main.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  // A brand-new student: the first-run welcome, not "welcome back".
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang di Lumen, Intan");
  await expect(page.getByRole("banner").getByRole("button", { name: "Keluar" })).toBeVisible();

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan akun");
  await expect(main.getByRole("group", { name: "Bahasa" }).getByRole("radio", { name: "Bahasa Indonesia" })).toBeChecked();
  await page.waitForLoadState("networkidle");
  await main.getByLabel("Nama lengkap").fill("Intan Permata Sari");
  await main.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("status", { name: "Notifikasi" })).toContainText("Profil Anda telah disimpan.");
  // A server-side refusal on the settings page: the current password is wrong.
  await main.getByLabel("Kata sandi saat ini").fill("bukan kata sandi saya");
  await main.getByLabel("Kata sandi baru", { exact: true }).fill("teh manis sore hari");
  await main.getByLabel("Konfirmasi kata sandi baru").fill("teh manis sore hari");
  await main.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(main.getByText("Kata sandi saat ini salah.")).toBeVisible();
});

test("the password reset mail and page are Indonesian for an Indonesian account", async ({ page, request, make }) => {
  const user = await make.user({ fullName: "Budi Santoso" });
  await db.user.update({ where: { id: user.id }, data: { locale: "id" } });
  await page.context().addCookies([{ name: "lms-locale", value: "id", url: test.info().project.use.baseURL! }]);

  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lupa kata sandi?");
  await page.waitForLoadState("networkidle");
  await page.getByRole("main").getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByRole("main").getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByRole("main").getByText(/Jika ada akun dengan email tersebut/)).toBeVisible();

  const reset = await latestMail(request, user.email, /^Atur ulang kata sandi Lumen LMS Anda$/);
  expect(reset.text).toContain("Halo Budi Santoso,");
  await page.goto(linkIn(reset, "/reset-password").replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buat kata sandi baru");
});
