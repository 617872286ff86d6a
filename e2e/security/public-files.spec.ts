// The files in public/ and the page metadata that points at them.
import { expect, test } from "../support/fixtures";

test("robots.txt keeps crawlers out of the API and the signed-in areas", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const lines = (await robots.text()).split("\n");
  for (const path of ["/api/", "/admin", "/teach", "/dashboard", "/settings", "/dev"]) expect(lines).toContain(`Disallow: ${path}`);
});

test("favicon.ico and the OpenGraph image are served, and pages point at the image with an absolute URL", async ({ request, page, baseURL }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  const image = await request.get("/og-image.png");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  await page.goto("/");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/og-image.png`);
});
