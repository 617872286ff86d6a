// Sign-in hardening seen from a browser: hostile query strings, the known-device cookie that
// keeps the owner in while an attacker has paused their account, and the password that
// confirms deleting an account.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { latestMail, linkIn, tokenOf, uniqueEmail } from "./support/accounts";
import { signIn } from "./support/sign-in";

async function activeAccount(request: APIRequestContext, label: string, password: string) {
  const email = uniqueEmail(label);
  await request.post("/api/v1/auth/register", { data: { fullName: "Aman Sentosa", email, password } });
  await request.post("/api/v1/auth/activate", { data: { token: tokenOf(linkIn(await latestMail(request, email, /activate/i), "/activate")) } });
  return email;
}

test("the sign-in page survives hostile notices and return paths", async ({ page }) => {
  for (const query of ["notice=__proto__", "notice=constructor", "callbackUrl=/%0a/evil.example", "callbackUrl=/%0d%0aSet-Cookie:x=1", "callbackUrl=/%E2%82%AC%F0%9F%98%80"]) {
    const response = await page.goto(`/login?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  }
});

test("a tab in callbackUrl cannot send a signed-in user to another site", async ({ page, request, baseURL }) => {
  const email = await activeAccount(request, "redirect", "a redirect passphrase");
  await page.goto("/login?callbackUrl=/%09/evil.example");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email or username").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a redirect passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/dashboard`);

  // Signed in already: the page redirects at once, only ever to this site.
  for (const [callbackUrl, landing] of [
    ["/%09/evil.example", "/dashboard"],
    ["/%0a/evil.example", "/dashboard"],
    ["%2Fcourses%3Fq%3D%C3%BC", "/courses?q=%C3%BC"],
  ]) {
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await expect(page).toHaveURL(`${baseURL}${landing}`);
  }
});

test.describe("a paused account", () => {
  // The stranger's refused sign-in is a 401 answer, which Chromium logs as a console error.
  test.use({ allowedConsoleErrors: [/Failed to load resource: the server responded with a status of 401/] });

  test("a known browser still signs in while the account is paused; a new one is told to wait", async ({ newDevicePage, request }) => {
    const email = await activeAccount(request, "paused", "the owner passphrase");
    const owner = await newDevicePage();
    const known = owner.context();
    await signIn(owner, email, "the owner passphrase");
    const device = (await known.cookies()).find((cookie) => cookie.name === "lumen.device");
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/auth/callback/credentials" });
    await owner.getByRole("button", { name: "Sign out" }).click();
    await expect(owner).toHaveURL(/\/$/);

    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await request.post("/api/v1/auth/login", { data: { email, password: `guess ${i}` } })).status());
    expect(statuses).toEqual([...Array(10).fill(401), 429]);

    await signIn(owner, email, "the owner passphrase");

    const stranger = await newDevicePage();
    await stranger.goto("/login");
    await stranger.waitForLoadState("networkidle");
    await stranger.getByLabel("Email or username").fill(email);
    await stranger.getByLabel("Password", { exact: true }).fill("the owner passphrase");
    await stranger.getByRole("button", { name: "Sign in" }).click();
    await expect(stranger.getByRole("alert").filter({ hasText: /Too many attempts\. Try again in 15 minutes\./ })).toBeVisible();

    const mail = await latestMail(request, email, /Repeated failed sign-ins/);
    expect(mail.text).toMatch(/https?:\/\/[^\s]+\/forgot-password/);
  });
});

test("deleting one's account asks for the password", async ({ page, request }) => {
  const email = await activeAccount(request, "leaving", "a leaving passphrase");
  await signIn(page, email, "a leaving passphrase");
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  const confirm = page.getByRole("dialog", { name: "Delete your account for good?" }).getByRole("button", { name: "Permanently delete account" });
  await page.getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await confirm.click();
  await expect(page.getByText("Password is incorrect.")).toBeVisible();

  await page.getByLabel("Your password").fill("a leaving passphrase");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await confirm.click();
  await expect(page).toHaveURL(/\/$/);
  const signInAgain = await request.post("/api/v1/auth/login", { data: { email, password: "a leaving passphrase" } });
  expect(signInAgain.status()).toBe(401);
});
