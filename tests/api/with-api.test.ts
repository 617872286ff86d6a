import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseId, readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

const call = async (handler: Parameters<typeof withApi>[0], init?: RequestInit) => {
  const response = await withApi(handler)(new Request("http://test.local/api/v1/things", init), { params: Promise.resolve({}) });
  return { status: response.status, headers: response.headers, body: await response.json() };
};

describe("withApi", () => {
  it("wraps results in the success envelope", async () => {
    const { status, body } = await call(async () => ({ status: 201, message: "Made.", data: { thing: { id: 1 } } }));
    expect(status).toBe(201);
    expect(body).toEqual({ success: true, statusCode: 201, message: "Made.", data: { thing: { id: 1 } }, errors: null });
  });

  it("maps AppError to its status, message, field errors and headers", async () => {
    const { status, headers, body } = await call(async () => {
      throw new AppError("TOO_MANY_REQUESTS", "Slow down.", { headers: { "Retry-After": "60" } });
    });
    expect(status).toBe(429);
    expect(headers.get("retry-after")).toBe("60");
    expect(body).toEqual({ success: false, statusCode: 429, message: "Slow down.", data: null, errors: [{ message: "Slow down." }] });
  });

  it("maps a zod error to 400 with one entry per field", async () => {
    const { status, body } = await call(async () => {
      z.object({ email: z.email() }).parse({ email: "nope" });
      return { message: "unreachable" };
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: "email", message: expect.any(String) }]);
  });

  it("maps a unique-constraint violation to 409", async () => {
    const { status } = await call(async () => {
      throw new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7" });
    });
    expect(status).toBe(409);
  });

  it("answers 500 without leaking internals for anything unexpected", async () => {
    const { status, body } = await call(async () => {
      throw new Error("connection string postgres://secret@db");
    });
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(body.message).toBe("Internal server error.");
  });

  it("echoes a well-formed request id and makes one otherwise", async () => {
    const ok = await call(async () => ({ message: "ok" }), { headers: { "x-request-id": "abc-12345-xyz" } });
    expect(ok.headers.get("x-request-id")).toBe("abc-12345-xyz");
    const made = await call(async () => ({ message: "ok" }), { headers: { "x-request-id": "bad id\n" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("readJson", () => {
  const post = (body: string, type?: string) =>
    new Request("http://test.local/", { method: "POST", body, headers: type ? { "content-type": type } : {} });

  it("parses a JSON body and treats an empty one as {}", async () => {
    expect(await readJson(post('{"a":1}', "application/json; charset=utf-8"))).toEqual({ a: 1 });
    expect(await readJson(post("", "application/json"))).toEqual({});
  });

  it("answers 415 for a body that is not declared JSON", async () => {
    const error = await readJson(post("a=1", "application/x-www-form-urlencoded")).catch((e: AppError) => e);
    expect((error as AppError).status).toBe(415);
  });

  it("answers 400 for malformed JSON", async () => {
    const error = await readJson(post("{oops", "application/json")).catch((e: AppError) => e);
    expect((error as AppError).status).toBe(400);
  });
});

describe("parseId", () => {
  it("accepts positive 32-bit integers only", () => {
    expect(parseId("42", "courseId")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", "2147483648", "", undefined]) {
      expect(() => parseId(bad, "courseId")).toThrow(AppError);
    }
  });
});
