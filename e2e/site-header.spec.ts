// The header's account part is a client island, so public pages stay the same for everyone:
// it must still show who is signed in, on public and signed-in pages alike.
import { signIn as signInWithForm } from "./support/sign-in";
import { expect, TEST_PASSWORD, test } from "./support/fixtures";

test("visitors see sign-in links, and a signed-in user sees their name on every page", async ({ page, user }) => {
  await page.goto("/courses");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The first session check after signing in answers slowly, and the user leaves the page
  // before it does: a check cut off by a navigation must not forget the session.
  await page.route("**/api/auth/session", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => undefined);
  }, { times: 1 });
  await signInWithForm(page, user.email, TEST_PASSWORD);
  await page.goto("/courses");
  await expect(banner.getByText(user.fullName)).toBeVisible();
  await expect(banner.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(banner.getByText(user.fullName)).toBeVisible();
});
