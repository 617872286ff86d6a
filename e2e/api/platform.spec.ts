// The API platform over real HTTP against the production server: every answer in the
// envelope (405, 404, 413), HTTP caching of public reads, and the generated documentation.
import { expect, test } from "../support/fixtures";

test("an unsupported method answers 405 in the envelope with Allow", async ({ request }) => {
  const response = await request.delete("/api/v1/courses");
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("GET, POST, HEAD, OPTIONS");
  expect(await response.json()).toMatchObject({ success: false, statusCode: 405, data: null, errors: [{ message: expect.stringContaining("DELETE") }] });

  const options = await request.fetch("/api/v1/users/me", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
});

test("an unknown path answers 404 in the envelope for every method", async ({ request }) => {
  for (const method of ["GET", "POST", "PATCH"]) {
    const response = await request.fetch("/api/v1/no/such/thing", { method });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ success: false, statusCode: 404, message: "No such API endpoint.", data: null, errors: [{ message: "No such API endpoint." }] });
  }
});

test("a JSON body over 1 MB is refused with 413 before it is read", async ({ request }) => {
  const response = await request.post("/api/v1/auth/forgot-password", {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ email: `${"a".repeat(2 * 1024 * 1024)}@example.test` }),
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toMatchObject({ success: false, statusCode: 413, data: null });
});

test("anonymous catalog reads carry an ETag and answer 304 while it is current", async ({ request }) => {
  const first = await request.get("/api/v1/courses?limit=5");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["cache-control"]).toContain("s-maxage=");
  const again = await request.get("/api/v1/courses?limit=5", { headers: { "if-none-match": etag! } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);

  const login = await (await request.post("/api/v1/auth/login", { data: { email: "teacher@example.com", password: "lms-demo-2026" } })).json();
  const mine = await request.get("/api/v1/courses?limit=5", { headers: { authorization: `Bearer ${login.data.accessToken}` } });
  expect(mine.headers()["cache-control"]).toBe("no-store");
  expect(mine.headers()["etag"]).toBeUndefined();
});

test.describe("the API reference page", () => {
  // Swagger UI's own markup (a developer tool, not a page learners use): its method badges'
  // contrast, its expand button nested in the operation's summary control, its unlabelled
  // server picker and its operation-group headings that skip a level. Every other rule still
  // applies to the whole page.
  const swagger = /^\/docs\/api$/;
  test.use({ allowedAxeViolations: { "color-contrast": swagger, "nested-interactive": swagger, "select-name": swagger, "heading-order": swagger } });

  test("the OpenAPI document is served and the docs page renders it with no outside requests", async ({ page, request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/courses", "/programs/{programId}", "/auth/token", "/users/{userId}/avatar"]));

    const outside: string[] = [];
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    await page.goto("/docs/api");
    await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();
    await expect(page.getByText("Lumen LMS API")).toBeVisible();
    await expect(page.locator(".opblock-summary-path", { hasText: "/auth/login" })).toBeVisible();
    expect(outside.filter((url) => !url.startsWith("data:"))).toEqual([]);
  });
});

test("headers too large for the server are refused with 431 in the envelope", async ({ request }) => {
  const response = await request.get("/api/v1/courses", { headers: { "x-padding": "a".repeat(32 * 1024) } });
  expect(response.status()).toBe(431);
  expect(await response.json()).toEqual({ success: false, statusCode: 431, message: "Request headers are too large.", data: null, errors: [{ message: "Request headers are too large." }] });
});
