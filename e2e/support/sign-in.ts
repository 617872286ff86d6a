import { expect, type Page } from "@playwright/test";

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  // Fill the form once its scripts have loaded, so typing is never lost to hydration.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}
