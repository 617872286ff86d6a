// The OpenAPI document covers exactly the route files that exist: a route file missing from
// the registry, or a declared path that differs from its folder, fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { declarations, routeModules } from "@/app/api/v1/_routes/registry";
import { openApiDocument } from "@/lib/api/openapi";
import { HTTP_METHODS } from "@/lib/api/route-spec";

const root = path.resolve("app/api/v1");

/** Folders below app/api/v1 that hold a route.ts, except the catch-all for unknown paths. */
function routeFolders(dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === "route.ts") return [path.relative(root, dir)];
    if (entry.isDirectory() && !entry.name.startsWith("_") && entry.name !== "[...path]") return routeFolders(path.join(dir, entry.name));
    return [];
  });
}

const openApiPathOf = (folder: string) => `/${folder.replace(/\[(\w+)\]/g, "{$1}")}`;

describe("the route registry", () => {
  it("lists every route file under app/api/v1", () => {
    expect(Object.keys(routeModules).sort()).toEqual(routeFolders().sort());
  });

  it("declares each route under the path of its folder, with at least one method", () => {
    for (const [folder, module] of Object.entries(routeModules)) {
      const declared = HTTP_METHODS.flatMap((method) => module[method]?.declaration ?? []);
      expect(declared.length, folder).toBeGreaterThan(0);
      for (const declaration of declared) expect(declaration.path, folder).toBe(openApiPathOf(folder));
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with one operation per declared method", async () => {
    const { GET } = await import("@/app/api/v1/openapi.json/route");
    const response = await GET(new Request("http://test.local/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
    expect(operations.sort()).toEqual(declarations().map((d) => `${d.method} ${d.path}`).sort());
  });

  it("documents the envelope, pagination, field errors, bearer auth and the OAuth2 password flow", () => {
    const document = openApiDocument(declarations(), "/api/v1");
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["ErrorEnvelope", "FieldError", "Pagination", "CourseSummary", "User"]));
    expect(document.components?.securitySchemes).toMatchObject({
      bearerAuth: { type: "http", scheme: "bearer" },
      oauth2: { type: "oauth2", flows: { password: { tokenUrl: "/api/v1/auth/token" } } },
    });
    const me = document.paths?.["/users/me"]?.get;
    expect(me?.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(me?.responses ?? {})).toEqual(expect.arrayContaining(["200", "401", "500", "503"]));
    const list = document.paths?.["/courses"]?.get;
    expect(JSON.stringify(list?.responses?.["200"])).toContain("#/components/schemas/Pagination");
    expect(list?.responses?.["304"]).toBeDefined();
    const userPath = document.paths?.["/users/{userId}"]?.get?.parameters;
    expect(userPath).toEqual([expect.objectContaining({ in: "path", name: "userId", required: true })]);
  });

  it("documents the Link header on every paginated list, and on nothing else", () => {
    const document = openApiDocument(declarations(), "/api/v1");
    const withLink = Object.entries(document.paths ?? {}).flatMap(([p, item]) =>
      Object.entries(item ?? {}).flatMap(([method, operation]) => {
        const ok = (operation as { responses?: Record<string, { headers?: Record<string, unknown> }> }).responses?.["200"];
        return ok?.headers?.Link ? [`${method.toUpperCase()} ${p}`] : [];
      }),
    );
    const paginated = declarations().filter((d) => d.spec.paginated).map((d) => `${d.method} ${d.path}`);
    expect(paginated).toContain("GET /courses");
    expect(withLink.sort()).toEqual(paginated.sort());
  });
});
