// The categories API over real HTTP: the contract envelope and messages, statuses, HTTP
// caching of public reads, Indonesian messages, and delete-with-move.
import type { APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db";
import { unique } from "../../tests/factories";
import { expect, type Make, test } from "../support/fixtures";

const auth = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

/** An admin's token, and a category made through the API (so the read cache hears of it), deleted afterwards. */
async function adminApi(make: Make, apiTokenFor: (user: Awaited<ReturnType<Make["user"]>>) => Promise<string>, request: APIRequestContext) {
  const token = await apiTokenFor(await make.user({ role: "ADMIN" }));
  const created: number[] = [];
  const create = async (name = unique("Api category"), description?: string) => {
    const response = await request.post("/api/v1/categories", { headers: auth(token), data: { name, description } });
    expect(response.status()).toBe(201);
    const { category } = (await response.json()).data;
    created.push(category.id);
    return category as { id: number; name: string; slug: string; description: string; coursesCount: number };
  };
  const cleanUp = () => db.category.deleteMany({ where: { id: { in: created } } });
  return { token, create, cleanUp };
}

test.describe("/api/v1/categories", () => {
  test("creates with 201 in the contract's envelope, lists and reads it publicly", async ({ request, make, apiTokenFor }) => {
    const admin = await adminApi(make, apiTokenFor, request);
    try {
      const name = unique("Robotika");
      const response = await request.post("/api/v1/categories", { headers: auth(admin.token), data: { name: `  ${name} `, description: "Build robots." } });
      expect(response.status()).toBe(201);
      const body = await response.json();
      expect(body).toEqual({
        success: true,
        statusCode: 201,
        message: "Successfully created a new category.",
        data: { category: { id: expect.any(Number), name, slug: name.toLowerCase(), description: "Build robots.", coursesCount: 0 } },
        errors: null,
      });
      await db.category.delete({ where: { id: body.data.category.id } }).catch(() => {});

      const category = await admin.create();
      const list = await request.get(`/api/v1/categories?q=${encodeURIComponent(category.name)}`);
      expect(list.status()).toBe(200);
      expect(await list.json()).toEqual({
        success: true,
        statusCode: 200,
        message: "Successfully retrieved all categories.",
        data: { categories: [category] },
        pagination: { currentRecords: 1, totalRecords: 1, currentPage: 1, totalPages: 1, nextPage: null, prevPage: null },
        errors: null,
      });
      const one = await request.get(`/api/v1/categories/${category.id}`);
      expect(await one.json()).toMatchObject({ statusCode: 200, message: "Successfully retrieved category details.", data: { category } });
    } finally {
      await admin.cleanUp();
    }
  });

  test("pages the seeded categories and sorts them by courses", async ({ request }) => {
    const body = await (await request.get("/api/v1/categories?limit=2&sort=courses")).json();
    expect(body.data.categories).toHaveLength(2);
    expect(body.data.categories[0].coursesCount).toBeGreaterThanOrEqual(body.data.categories[1].coursesCount);
    expect(body.pagination).toMatchObject({ currentRecords: 2, currentPage: 1, nextPage: 2, prevPage: null });
    expect(body.pagination.totalRecords).toBeGreaterThanOrEqual(6);
    const bad = await request.get("/api/v1/categories?limit=500&sort=random");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors.map((error: { field: string }) => error.field).sort()).toEqual(["limit", "sort"]);
  });

  test("sends an ETag to the public and answers 304 until the category changes", async ({ request, make, apiTokenFor }) => {
    const admin = await adminApi(make, apiTokenFor, request);
    try {
      const category = await admin.create();
      for (const path of [`/api/v1/categories/${category.id}`, "/api/v1/categories?limit=100"]) {
        const first = await request.get(path);
        const etag = first.headers().etag;
        expect(etag).toMatch(/^".+"$/);
        expect(first.headers()["cache-control"]).toContain("public");
        // The list is shared with tests running in parallel, which add and delete categories
        // between two reads; only the single category is certain to stay the same.
        if (!path.includes("?")) expect((await request.get(path, { headers: { "if-none-match": etag! } })).status()).toBe(304);

        const renamed = unique("Renamed");
        const patch = await request.patch(`/api/v1/categories/${category.id}`, { headers: auth(admin.token), data: { name: renamed } });
        expect(await patch.json()).toMatchObject({ statusCode: 200, message: "Successfully updated category details.", data: { category: { id: category.id, name: renamed } } });
        const after = await request.get(path, { headers: { "if-none-match": etag! } });
        expect(after.status()).toBe(200);
        expect(JSON.stringify(await after.json())).toContain(renamed);
      }
      // Signed-in answers are private: no ETag, never stored.
      const mine = await request.get(`/api/v1/categories/${category.id}`, { headers: auth(admin.token) });
      expect(mine.headers().etag).toBeUndefined();
      expect(mine.headers()["cache-control"]).toBe("no-store");
    } finally {
      await admin.cleanUp();
    }
  });

  test("answers 409 on `name` for a taken name in any case, in English and in Indonesian", async ({ request, make, apiTokenFor }) => {
    const admin = await adminApi(make, apiTokenFor, request);
    try {
      const category = await admin.create();
      const english = await request.post("/api/v1/categories", { headers: auth(admin.token), data: { name: category.name.toUpperCase() } });
      expect(english.status()).toBe(409);
      expect(await english.json()).toEqual({
        success: false,
        statusCode: 409,
        message: "A category with this name already exists.",
        data: null,
        errors: [{ field: "name", message: "A category with this name already exists." }],
      });
      const other = await admin.create();
      const indonesian = await request.put(`/api/v1/categories/${other.id}`, { headers: auth(admin.token, { "accept-language": "id" }), data: { name: category.name.toLowerCase() } });
      expect(indonesian.status()).toBe(409);
      expect(await indonesian.json()).toMatchObject({ message: "Kategori dengan nama ini sudah ada.", errors: [{ field: "name", message: "Kategori dengan nama ini sudah ada." }] });

      const blank = await request.post("/api/v1/categories", { headers: auth(admin.token, { "accept-language": "id" }), data: { name: " " } });
      expect(blank.status()).toBe(400);
      expect((await blank.json()).errors).toEqual([{ field: "name", message: "Masukkan nama kategori." }]);
      const listed = await request.get("/api/v1/categories?limit=1", { headers: { "accept-language": "id" } });
      expect((await listed.json()).message).toBe("Semua kategori berhasil diambil.");
    } finally {
      await admin.cleanUp();
    }
  });

  test("refuses writes to non-admins and answers 404, 400 and 405 where it should", async ({ request, make, apiTokenFor }) => {
    const teacher = await apiTokenFor(await make.user({ role: "TEACHER" }));
    const category = await make.category();
    const forbidden = await request.patch(`/api/v1/categories/${category.id}`, { headers: auth(teacher), data: { name: unique("Mine") } });
    expect(forbidden.status()).toBe(403);
    expect((await forbidden.json()).success).toBe(false);
    expect((await request.post("/api/v1/categories", { data: { name: unique("Anon") } })).status()).toBe(401);

    const missing = await request.get("/api/v1/categories/999999999");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ success: false, statusCode: 404, message: "Category not found.", data: null });
    const bad = await request.get("/api/v1/categories/abc");
    expect((await bad.json()).errors).toEqual([{ field: "categoryId", message: "must be a positive integer" }]);
    const wrongMethod = await request.post(`/api/v1/categories/${category.id}`);
    expect(wrongMethod.status()).toBe(405);
    expect(wrongMethod.headers().allow).toBe("GET, PUT, PATCH, DELETE, HEAD, OPTIONS");
  });

  test("deletes only an unused category, or moves its courses to `moveTo` in the same step", async ({ request, make, apiTokenFor }) => {
    const admin = await adminApi(make, apiTokenFor, request);
    try {
      const teacher = await make.user({ role: "TEACHER" });
      const [used, target] = [await admin.create(), await admin.create()];
      const courses = [await make.course({ teacherId: teacher.id, categoryId: used.id }), await make.course({ teacherId: teacher.id, categoryId: used.id, status: "DRAFT" })];

      const refused = await request.delete(`/api/v1/categories/${used.id}`, { headers: auth(admin.token) });
      expect(refused.status()).toBe(409);
      expect(await refused.json()).toMatchObject({
        statusCode: 409,
        message: "This category is used by 2 courses. Move them to another category in the same step, or give them another category first.",
        errors: [{ field: "moveTo", message: "Choose the category its courses move to." }],
      });
      const inIndonesian = await request.delete(`/api/v1/categories/${used.id}`, { headers: auth(admin.token, { "accept-language": "id" }) });
      expect((await inIndonesian.json()).message).toBe("Kategori ini digunakan oleh 2 kursus. Pindahkan kursus tersebut ke kategori lain sekaligus, atau ganti kategorinya terlebih dahulu.");

      const self = await request.delete(`/api/v1/categories/${used.id}`, { headers: auth(admin.token), data: { moveTo: used.id } });
      expect(self.status()).toBe(400);
      expect((await self.json()).errors).toEqual([{ field: "moveTo", message: "Choose a category other than the one being deleted." }]);

      const moved = await request.delete(`/api/v1/categories/${used.id}?moveTo=${target.id}`, { headers: auth(admin.token) });
      expect(await moved.json()).toEqual({ success: true, statusCode: 200, message: "Successfully deleted a category.", data: null, errors: null });
      const categories = await db.course.findMany({ where: { id: { in: courses.map((course) => course.id) } }, select: { categoryId: true } });
      expect(categories).toEqual([{ categoryId: target.id }, { categoryId: target.id }]);
      expect((await request.get(`/api/v1/categories/${used.id}`)).status()).toBe(404);
      expect((await (await request.get(`/api/v1/categories/${target.id}`)).json()).data.category.coursesCount).toBe(1);

      const unused = await admin.create();
      const deleted = await request.delete(`/api/v1/categories/${unused.id}`, { headers: auth(admin.token) });
      expect(deleted.status()).toBe(200);
    } finally {
      await admin.cleanUp();
    }
  });
});
