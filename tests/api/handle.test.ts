// The route wrapper: envelope, declared parsing, auth gates, body caps, HTTP caching and
// error mapping, exercised with real Request objects.
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiHandler } from "@/lib/api/handle";
import { type AnyRouteSpec, route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { apiLogin } from "@/lib/auth/api-sessions";
import { AppError } from "@/lib/errors";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { makeUser, TEST_PASSWORD, uniqueIp } from "../factories";

const URL_BASE = "http://test.local/api/v1/things";

async function call(spec: AnyRouteSpec, init: RequestInit & { params?: Record<string, string>; path?: string } = {}) {
  const response = await apiHandler(spec)(new Request(`${URL_BASE}${init.path ?? ""}`, init), { params: Promise.resolve(init.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

const ok = (handler: AnyRouteSpec["handler"], extra: Partial<AnyRouteSpec> = {}) =>
  route({ summary: "test", tags: [], auth: "none", data: z.unknown(), ...extra, handler }) as AnyRouteSpec;

async function bearerFor(role: "STUDENT" | "TEACHER" | "ADMIN") {
  const user = await makeUser({ role });
  return `Bearer ${(await apiLogin({ identifier: user.email, password: TEST_PASSWORD }, { ip: uniqueIp() })).accessToken}`;
}

describe("the envelope and error mapping", () => {
  it("wraps results in the success envelope", async () => {
    const { status, body, headers } = await call(ok(async () => ({ status: 201, message: "Made.", data: { thing: { id: 1 } } })));
    expect(status).toBe(201);
    expect(body).toEqual({ success: true, statusCode: 201, message: "Made.", data: { thing: { id: 1 } }, errors: null });
    expect(headers.get("cache-control")).toBe("no-store");
  });

  it("maps AppError to its status, message, field errors and headers", async () => {
    const { status, headers, body } = await call(
      ok(async () => {
        throw new AppError("TOO_MANY_REQUESTS", "Slow down.", { headers: { "Retry-After": "60" } });
      }),
    );
    expect(status).toBe(429);
    expect(headers.get("retry-after")).toBe("60");
    expect(body).toEqual({ success: false, statusCode: 429, message: "Slow down.", data: null, errors: [{ message: "Slow down." }] });
  });

  it("maps a unique-constraint violation to 409", async () => {
    const { status } = await call(
      ok(async () => {
        throw new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7" });
      }),
    );
    expect(status).toBe(409);
  });

  it("answers 500 without leaking internals for anything unexpected", async () => {
    const { status, body } = await call(
      ok(async () => {
        throw new Error("connection string postgres://secret@db");
      }),
    );
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.message).toBe("Internal server error.");
  });

  it("answers 503 with Retry-After when the database cannot be reached", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 2000 }) });
    try {
      const { status, headers, body } = await call(ok(async () => ({ message: "never", data: await unreachable.user.count() })));
      expect(status).toBe(503);
      expect(headers.get("retry-after")).toBe("5");
      expect(body).toMatchObject({ success: false, statusCode: 503, data: null });
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("treats an answer that does not match its declared data as a server error, not bad input", async () => {
    const spec = route({ summary: "typed", tags: [], auth: "none", data: z.object({ id: z.number() }), handler: async () => ({ message: "x", data: { id: "1" as unknown as number } }) });
    expect((await call(spec)).status).toBe(500);
  });

  it("echoes a well-formed request id and makes one otherwise", async () => {
    const echoed = await call(ok(async () => ({ message: "ok" })), { headers: { "x-request-id": "abc-12345-xyz" } });
    expect(echoed.headers.get("x-request-id")).toBe("abc-12345-xyz");
    const made = await call(ok(async () => ({ message: "ok" })), { headers: { "x-request-id": "bad id\n" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("declared parsing", () => {
  const echo = route({
    summary: "echo",
    tags: [],
    auth: "none",
    params: z.object({ thingId: ZPathId("thingId") }),
    query: z.object({ page: z.coerce.number().int().min(1).default(1) }),
    body: z.object({ name: z.string().min(1) }),
    data: z.unknown(),
    handler: async ({ params, query, body }) => ({ message: "ok", data: { params, query, body } }),
  });
  const post = (body: BodyInit, type = "application/json", params = { thingId: "7" }, path = "?page=2") =>
    call(echo, { method: "POST", body, headers: { "content-type": type }, params, path });

  it("hands typed values to the handler: ids as numbers, query and body parsed", async () => {
    const { status, body } = await post(JSON.stringify({ name: "x", extra: "dropped" }));
    expect(status).toBe(200);
    expect(body.data).toEqual({ params: { thingId: 7 }, query: { page: 2 }, body: { name: "x" } });
  });

  it("answers 400 naming the bad path id, query field or body field", async () => {
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", "2147483648", ""]) {
      const { status, body } = await post("{}", "application/json", { thingId: bad });
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ field: "thingId", message: "must be a positive integer" }]);
    }
    expect((await post(JSON.stringify({ name: "x" }), "application/json", { thingId: "1" }, "?page=0")).body.errors[0].field).toBe("page");
    expect((await post(JSON.stringify({ name: "" }))).body.errors[0].field).toBe("name");
  });

  it("answers 415 for a body that is not JSON, 400 for malformed JSON", async () => {
    const wrongType = await post("name=x", "application/x-www-form-urlencoded");
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.success).toBe(false);
    const malformed = await post("{oops");
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: "body", message: "Malformed JSON" }]);
  });

  it("caps JSON bodies at 1 MB with a 413 in the envelope, before reading them whole", async () => {
    const declared = await post(JSON.stringify({ name: "x".repeat(1024 * 1024) }));
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ success: false, statusCode: 413 });

    // A chunked body with no Content-Length: reading stops at the cap, the rest is never pulled.
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await call(echo, { method: "POST", body: endless, headers: { "content-type": "application/json" }, params: { thingId: "1" }, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });
});

describe("auth and role gates", () => {
  const gated = (extra: Partial<AnyRouteSpec>) => ok(async ({ actor }) => ({ message: "ok", data: { actor } }), extra);

  it("auth required: 401 with WWW-Authenticate without a token, the actor with one", async () => {
    const anonymous = await call(gated({ auth: "required" }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe("Bearer");
    const student = await call(gated({ auth: "required" }), { headers: { authorization: await bearerFor("STUDENT") } });
    expect(student.status).toBe(200);
    expect(student.body.data.actor.role).toBe("STUDENT");
  });

  it("auth optional: anonymous is null, a bad token is still a 401", async () => {
    expect((await call(gated({ auth: "optional" }))).body.data.actor).toBeNull();
    expect((await call(gated({ auth: "optional" }), { headers: { authorization: "Bearer nope" } })).status).toBe(401);
  });

  it("auth none: a token is not even read", async () => {
    const { status, body } = await call(gated({ auth: "none" }), { headers: { authorization: "Bearer nope" } });
    expect(status).toBe(200);
    expect(body.data.actor).toBeNull();
  });

  it("a role gate answers 403 to other roles", async () => {
    const adminsOnly = gated({ auth: "required", roles: ["ADMIN"] });
    expect((await call(adminsOnly, { headers: { authorization: await bearerFor("TEACHER") } })).status).toBe(403);
    expect((await call(adminsOnly, { headers: { authorization: await bearerFor("ADMIN") } })).status).toBe(200);
  });
});

describe("HTTP caching of public answers", () => {
  const catalog = ok(async () => ({ message: "ok", data: { items: [1, 2, 3] } }), { auth: "optional", publicCache: true });

  it("anonymous GETs carry an ETag and a shared-cache lifetime, and answer 304 when it matches", async () => {
    const first = await call(catalog);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=60");
    const again = await call(catalog, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect((await call(catalog, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
  });

  it("answers for a signed-in actor are private: no-store, no ETag", async () => {
    const { headers } = await call(catalog, { headers: { authorization: await bearerFor("TEACHER") } });
    expect(headers.get("cache-control")).toBe("no-store");
    expect(headers.get("etag")).toBeNull();
  });
});

describe("defineRoutes", () => {
  const exports = defineRoutes("/things", { GET: ok(async () => ({ message: "ok" })), POST: ok(async () => ({ message: "ok" })) });
  const context = { params: Promise.resolve({}) };

  it("answers an undeclared method 405 in the envelope with Allow", async () => {
    const response = await exports.DELETE(new Request(URL_BASE, { method: "DELETE" }), context);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(await response.json()).toEqual({
      success: false,
      statusCode: 405,
      message: "Method DELETE is not allowed here. Allowed: GET, POST, HEAD, OPTIONS.",
      data: null,
      errors: [{ message: "Method DELETE is not allowed here. Allowed: GET, POST, HEAD, OPTIONS." }],
    });
  });

  it("answers OPTIONS with the allowed methods and keeps each declaration on its handler", async () => {
    const response = await exports.OPTIONS(new Request(URL_BASE, { method: "OPTIONS" }), context);
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(exports.GET.declaration).toMatchObject({ path: "/things", method: "GET" });
    expect(exports.PUT.declaration).toBeUndefined();
  });

  it("the unknown-path route answers 404 in the envelope", async () => {
    const { GET } = await import("@/app/api/v1/[...path]/route");
    const response = await GET(new Request(`${URL_BASE}/nowhere`), { params: Promise.resolve({ path: ["nowhere"] }) });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ success: false, statusCode: 404, message: "No such API endpoint.", data: null });
  });

  it("data: null answers carry only a message", async () => {
    const { body } = await call(route({ summary: "t", tags: [], auth: "none", data: ZNoData, handler: async () => ({ message: "Done." }) }) as AnyRouteSpec);
    expect(body).toEqual({ success: true, statusCode: 200, message: "Done.", data: null, errors: null });
  });
});
