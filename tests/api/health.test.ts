import { afterEach, describe, expect, it, vi } from "vitest";

const get = async () => {
  const { GET } = await import("@/app/api/health/route");
  const response = await GET(new Request("http://test.local/api/health"), { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
});

describe("GET /api/health", () => {
  it("is 200 while the database answers", async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.data).toEqual({ status: "ok", database: "up" });
  });

  it("is 503 when the database is down", async () => {
    delete (globalThis as { prisma?: unknown }).prisma;
    vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
    const { status, body } = await get();
    expect(status).toBe(503);
    expect(body.success).toBe(false);
  });
});
