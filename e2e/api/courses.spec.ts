// The catalog API over real HTTP against `next start`, in the seed-001 envelope.
import { expect, test } from "../support/fixtures";

test.describe("GET /api/v1/programs and /api/v1/courses", () => {
  test("lists published programs with the contract envelope and pagination", async ({ request }) => {
    const response = await request.get("/api/v1/programs?page=1&limit=2");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ success: true, statusCode: 200, message: "Successfully retrieved all programs.", errors: null });
    expect(body.data.programs).toHaveLength(2);
    expect(body.pagination).toMatchObject({ currentRecords: 2, currentPage: 1, nextPage: 2, prevPage: null });
    expect(body.pagination.totalRecords).toBeGreaterThanOrEqual(8);
    for (const program of body.data.programs) expect(program.status).toBe("Published");
    expect(response.headers()["x-request-id"]).toBeTruthy();
    const last = body.pagination.totalPages;
    expect(response.headers().link).toBe(
      `</api/v1/programs?page=1&limit=2>; rel="first", </api/v1/programs?page=2&limit=2>; rel="next", </api/v1/programs?page=${last}&limit=2>; rel="last"`,
    );
  });

  test("never lists drafts to anonymous clients", async ({ request }) => {
    const body = await (await request.get("/api/v1/courses?q=draft&limit=100")).json();
    expect(body.data.courses.map((course: { status: string }) => course.status)).not.toContain("Draft");
    const all = await (await request.get("/api/v1/courses?limit=100")).json();
    expect(all.data.courses.every((course: { status: string }) => course.status === "Published")).toBe(true);
  });

  test("searches and pages under /courses the same way", async ({ request }) => {
    const body = await (await request.get("/api/v1/courses?q=typescript")).json();
    expect(body.data.courses.length).toBeGreaterThanOrEqual(1);
    expect(body.data.courses[0].title.toLowerCase()).toContain("typescript");
  });

  test("returns one program with its outline, and 404 / 400 for bad ids", async ({ request }) => {
    const list = await (await request.get("/api/v1/programs?limit=1")).json();
    const id = list.data.programs[0].id;
    const detail = await request.get(`/api/v1/programs/${id}`);
    expect(detail.status()).toBe(200);
    const body = await detail.json();
    expect(body.message).toBe("Successfully retrieved program details.");
    expect(body.data.program).toMatchObject({ id, status: "Published" });
    expect(body.data.program.modules.length).toBeGreaterThan(0);
    expect((await (await request.get(`/api/v1/courses/${id}`)).json()).data.course.id).toBe(id);

    const missing = await request.get("/api/v1/programs/999999");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ success: false, statusCode: 404, data: null });

    const bad = await request.get("/api/v1/programs/abc");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors).toEqual([{ field: "programId", message: "must be a positive integer" }]);
  });

  test("answers 400 with field errors for a bad query", async ({ request }) => {
    const response = await request.get("/api/v1/courses?limit=500&sort=random");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.success).toBe(false);
    expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual(["limit", "sort"]);
  });

  test("answers 404 in the envelope for an unknown endpoint", async ({ request }) => {
    const response = await request.get("/api/v1/nothing-here");
    expect(response.status()).toBe(404);
    expect((await response.json()).success).toBe(false);
  });
});

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect((await response.json()).data).toEqual({ status: "ok", database: "up" });
});
