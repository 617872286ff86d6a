// Security headers over real HTTP and in Chromium, and server actions from another origin.
import type { ConsoleMessage, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { latestMail, linkIn, tokenOf, uniqueEmail } from "../support/accounts";
import { signIn } from "../support/sign-in";

/** Console messages Chromium prints when a policy blocks something or names an unknown feature. */
function policyComplaints(page: Page): string[] {
  const complaints: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) complaints.push(message.text());
  });
  return complaints;
}

/** True once Next's client runtime ran, which it cannot when the policy blocks its scripts. */
const hydrated = (page: Page) => page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));

test("public pages send the static policy and the other security headers, and run under them", async ({ page }) => {
  const complaints = policyComplaints(page);
  const response = (await page.goto("/"))!;
  const headers = response.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toContain("script-src 'self' 'unsafe-inline';");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("frame-src https://www.youtube-nocookie.com https://player.vimeo.com");
  expect(csp).toContain("img-src 'self' data: blob:");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=(), microphone=(), geolocation=()");
  // APP_URL of the e2e server is http: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  await hydrated(page);
  expect(complaints).toEqual([]);
});

test("signed-in pages get a per-request nonce policy that Next's scripts carry", async ({ page, request }) => {
  const email = uniqueEmail("csp");
  const password = "a long enough passphrase";
  await request.post("/api/v1/auth/register", { data: { fullName: "Nonce Tester", email, password } });
  await request.post("/api/v1/auth/activate", { data: { token: tokenOf(linkIn(await latestMail(request, email, /activate/i), "/activate")) } });
  await signIn(page, email, password);

  const complaints = policyComplaints(page);
  const first = (await page.goto("/dashboard"))!;
  const csp = first.headers()["content-security-policy"]!;
  const nonce = /'nonce-([\w+/=-]+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  await hydrated(page);
  expect(complaints).toEqual([]);

  const second = (await page.goto("/dashboard"))!;
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("a server action posted from another origin is refused with 403, even with a matching X-Forwarded-Host", async ({ page, request, baseURL }) => {
  await page.goto("/forgot-password");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email", { exact: true }).fill(uniqueEmail("action"));
  const [sent] = await Promise.all([
    page.waitForRequest((req) => req.method() === "POST" && Boolean(req.headers()["next-action"])),
    page.getByRole("button", { name: "Send reset link" }).click(),
  ]);
  await expect(page.getByText(/If an account exists for that email/)).toBeVisible();
  const { "next-action": actionId, "content-type": contentType } = sent.headers();
  const replay = (origin: string) =>
    request.post("/forgot-password", {
      headers: { "next-action": actionId!, "content-type": contentType!, origin, "x-forwarded-host": new URL(origin).host },
      data: sent.postData()!,
    });

  const forged = await replay("http://evil.example");
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toBe("Cross-origin request refused.");
  // The same request from the app's own origin runs the action.
  expect((await replay(baseURL!)).status()).toBe(200);

  // A form posted without JavaScript (multipart, no Next-Action header) is checked too.
  const mpa = await request.post("/forgot-password", { headers: { origin: "http://evil.example" }, multipart: { [`$ACTION_ID_${actionId}`]: "" } });
  expect(mpa.status()).toBe(403);
});
