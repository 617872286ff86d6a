// Account journeys in the browser, reading mail from the development outbox.
import path from "node:path";
import { expect, test } from "./support/fixtures";
import { latestMail, linkIn, uniqueEmail } from "./support/accounts";
import { signIn } from "./support/sign-in";

test.describe("signing in with the form", () => {
  // A rejected sign-in answers 401, which Chromium reports as a failed resource load.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] });

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

  test("wrong credentials are explained in place", async ({ page, user }) => {
    await page.goto("/login");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Email or username").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Invalid email/username or password." })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
});

test("forgot password → reset → sign in with the new password", async ({ page, request, user }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/If an account exists for that email/)).toBeVisible();

  await page.goto(linkIn(await latestMail(request, user.email, /reset/i), "/reset-password").replace(/^https?:\/\/[^/]+/, ""));
  await page.getByLabel("New password", { exact: true }).fill("the new passphrase");
  await page.getByLabel("Confirm new password").fill("the new passphrase");
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText("Your password has been reset")).toBeVisible();

  await signIn(page, user.email, "the new passphrase");
});

test("a profile picture upload shows the new picture", async ({ signedInPage: page, request }) => {
  await page.goto("/settings");
  const avatar = page.getByRole("img", { name: "Your profile picture" });
  await page.getByLabel("Upload a new picture").setInputFiles(path.join(import.meta.dirname, "fixtures", "avatar.png"));
  await expect(avatar).toHaveAttribute("src", /\/uploads\/avatars\/[a-z0-9-]+\.png/);
  const src = await avatar.getAttribute("src");
  const image = await request.get(src!);
  expect(image.status()).toBe(200);
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Your new picture is saved.");

  await page.getByRole("button", { name: "Remove picture" }).click();
  await page.getByRole("dialog", { name: "Remove your profile picture?" }).getByRole("button", { name: "Remove picture" }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Your picture was removed.");
  await expect(avatar).toHaveCount(0);
});

test("a student cannot open the admin area", async ({ signedInPage: page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/no-access/);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});

test("signing out everywhere ends the sessions of other browsers at once", async ({ user, signIn, newDevicePage }) => {
  const [laptop, phone] = [await newDevicePage(), await newDevicePage()];
  await signIn(user, laptop);
  await signIn(user, phone);

  await laptop.goto("/settings");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await laptop.getByRole("dialog", { name: "Sign out on every device?" }).getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/login\?notice=signed-out-everywhere/);

  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
});
