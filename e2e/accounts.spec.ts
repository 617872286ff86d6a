// Account journeys in the browser, reading mail from the development outbox.
import { expect, test } from "@playwright/test";
import path from "node:path";
import { DEMO_PASSWORD, latestMail, linkIn, uniqueEmail } from "./support/accounts";
import { signIn } from "./support/sign-in";

test("register → activation mail → activate → sign in → sign out", async ({ page, request }) => {
  const email = uniqueEmail("journey");
  await page.goto("/register");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Full name").fill("Intan Permata");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a fine long passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();

  // Signing in before activating explains why and offers a new link.
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email or username").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a fine long passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/not activated/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resend activation email" })).toBeVisible();

  await page.goto(linkIn(await latestMail(request, email, /activate/i), "/activate").replace(/^https?:\/\/[^/]+/, ""));
  await page.getByRole("button", { name: "Activate my account" }).click();
  await expect(page.getByText("Your account is active")).toBeVisible();

  await signIn(page, email, "a fine long passphrase");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Intan");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
});

test("forgot password → reset → sign in with the new password", async ({ page, request }) => {
  const email = uniqueEmail("forgot");
  await request.post("/api/v1/auth/register", { data: { fullName: "Lupa Sandi", email, password: "the old passphrase" } });
  const activation = linkIn(await latestMail(request, email, /activate/i), "/activate");
  await request.post("/api/v1/auth/activate", { data: { token: new URL(activation).searchParams.get("token") } });

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/If an account exists for that email/)).toBeVisible();

  await page.goto(linkIn(await latestMail(request, email, /reset/i), "/reset-password").replace(/^https?:\/\/[^/]+/, ""));
  await page.getByLabel("New password", { exact: true }).fill("the new passphrase");
  await page.getByLabel("Confirm new password").fill("the new passphrase");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText("Your password has been reset")).toBeVisible();

  await signIn(page, email, "the new passphrase");
});

test("a profile picture upload shows the new picture", async ({ page, request }) => {
  const email = uniqueEmail("avatar");
  await request.post("/api/v1/auth/register", { data: { fullName: "Foto Profil", email, password: "picture passphrase" } });
  const activation = linkIn(await latestMail(request, email, /activate/i), "/activate");
  await request.post("/api/v1/auth/activate", { data: { token: new URL(activation).searchParams.get("token") } });
  await signIn(page, email, "picture passphrase");

  await page.goto("/settings");
  const avatar = page.getByRole("img", { name: "Your profile picture" });
  await page.getByLabel("Upload a new picture").setInputFiles(path.join(import.meta.dirname, "fixtures", "avatar.png"));
  await expect(avatar).toHaveAttribute("src", /\/uploads\/avatars\/[a-z0-9-]+\.png/);
  const src = await avatar.getAttribute("src");
  const image = await request.get(src!);
  expect(image.status()).toBe(200);
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a student cannot open the admin area", async ({ page }) => {
  await signIn(page, "student@example.com", DEMO_PASSWORD);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/no-access/);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});

test("wrong credentials are explained in place", async ({ page }) => {
  await page.goto("/login");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email or username").fill("student@example.com");
  await page.getByLabel("Password", { exact: true }).fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid email/username or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("signing out everywhere ends the sessions of other browsers at once", async ({ browser, request }) => {
  const email = uniqueEmail("everywhere");
  await request.post("/api/v1/auth/register", { data: { fullName: "Dua Perangkat", email, password: "two devices passphrase" } });
  const activation = linkIn(await latestMail(request, email, /activate/i), "/activate");
  await request.post("/api/v1/auth/activate", { data: { token: new URL(activation).searchParams.get("token") } });

  const laptop = await browser.newPage();
  const phone = await browser.newPage();
  await signIn(laptop, email, "two devices passphrase");
  await signIn(phone, email, "two devices passphrase");

  await laptop.goto("/settings");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/login\?notice=signed-out-everywhere/);

  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
  await laptop.close();
  await phone.close();
});
