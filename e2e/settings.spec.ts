// The account settings page: its language card (saved for the account, shown at once) and
// the feedback of its forms (toasts, confirm dialogs).
import { db } from "@/lib/db";
import { expect, test } from "./support/fixtures";

test("choosing Indonesian in settings saves it and shows the page in Indonesian", async ({ signedInPage: page, user }) => {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Account settings");
  const language = page.getByRole("main").getByRole("group", { name: "Language" });
  await expect(language.getByRole("radio", { name: "English" })).toBeChecked();
  await language.getByRole("radio", { name: "Bahasa Indonesia" }).check();
  await page.getByRole("button", { name: "Save language" }).click();

  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan akun");
  await expect(page.getByRole("status", { name: "Notifikasi" })).toContainText("Halaman kini ditampilkan dalam Bahasa Indonesia.");
  await expect(page.getByRole("main").getByRole("group", { name: "Bahasa" }).getByRole("radio", { name: "Bahasa Indonesia" })).toBeChecked();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(user.fullName);
  await expect(page.getByRole("button", { name: "Ganti kata sandi" })).toBeVisible();
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("id");

  // The choice is the cookie too: the next page renders in Indonesian.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan akun");
  await expect(page).toHaveTitle(/^Pengaturan akun/);
});

test("a saved profile is confirmed by a toast, and a confirm dialog can be cancelled", async ({ signedInPage: page }) => {
  await page.goto("/settings");
  await page.getByLabel("Full name").fill("Dewi Lestari");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Your profile was saved.");

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign out on every device?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeFocused();
  await page.reload();
  await expect(page).toHaveURL(/\/settings$/);
});
