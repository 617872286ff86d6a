// Writing courses over real HTTP in the seed-001 envelope, under /courses and the contract's
// /programs alias: statuses, messages in the contract's style, field errors, the publishing
// and deleting rules, reassigning, and cover uploads.
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db";
import { makeContent, makeEnrollment, makeModule, unique } from "../../tests/factories";
import { expect, test } from "../support/fixtures";

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

async function call(request: APIRequestContext, method: string, path: string, token: string, data?: unknown, headers: Record<string, string> = {}) {
  const response = await request.fetch(path, { method, headers: { ...auth(token), ...headers }, data });
  return { status: response.status(), body: await response.json() };
}

test.describe("course writes", () => {
  test.use({ role: "TEACHER" });

  test("create, update and delete under both nouns, with the contract's messages", async ({ request, apiToken, user }) => {
    const title = unique("API Course");
    const created = await call(request, "POST", "/api/v1/courses", apiToken, { title, priceIDR: 250000 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      success: true,
      statusCode: 201,
      message: "Successfully created a new course.",
      data: { course: { title, status: "Draft", priceIDR: 250000, isFree: false, teacher: { id: user.id }, modules: [] } },
      errors: null,
    });
    expect(created.body.data.course.slug).toBe(title.toLowerCase().replace(/[^a-z0-9]+/g, "-"));

    const program = await call(request, "POST", "/api/v1/programs", apiToken, { title: unique("API Program"), releaseDate: "2031-05-01T00:00:00Z" });
    expect(program.status).toBe(201);
    expect(program.body.message).toBe("Successfully created a new program.");
    const programId: number = program.body.data.program.id;
    expect(program.body.data.program.releaseDate).toBe("2031-05-01T00:00:00.000Z");

    const patched = await call(request, "PATCH", `/api/v1/programs/${programId}`, apiToken, { description: "Now with words." });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ message: "Successfully updated program details.", data: { program: { id: programId, description: "Now with words." } } });
    const put = await call(request, "PUT", `/api/v1/courses/${programId}`, apiToken, { title: "Put title" });
    expect(put.body).toMatchObject({ message: "Successfully updated course details.", data: { course: { title: "Put title", description: "Now with words." } } });

    const deleted = await call(request, "DELETE", `/api/v1/programs/${programId}`, apiToken);
    expect(deleted).toEqual({ status: 200, body: { success: true, statusCode: 200, message: "Successfully deleted a program.", data: null, errors: null } });
    expect((await call(request, "GET", `/api/v1/programs/${programId}`, apiToken)).status).toBe(404);
    const courseDeleted = await call(request, "DELETE", `/api/v1/courses/${created.body.data.course.id}`, apiToken);
    expect(courseDeleted.body.message).toBe("Successfully deleted a course.");
  });

  test("answers in Indonesian when asked", async ({ request, apiToken }) => {
    const created = await call(request, "POST", "/api/v1/programs", apiToken, { title: unique("Kursus") }, { "accept-language": "id" });
    expect(created.status).toBe(201);
    expect(created.body.message).toBe("Program baru berhasil dibuat.");
  });

  test("400 with field errors, 409 on a taken slug", async ({ request, apiToken, make, user }) => {
    const invalid = await call(request, "POST", "/api/v1/courses", apiToken, { title: "", priceIDR: -5, categoryId: 2_000_000_000 });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ success: false, statusCode: 400, data: null });
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(["priceIDR", "title"]);

    const missingCategory = await call(request, "POST", "/api/v1/courses", apiToken, { title: "Nowhere", categoryId: 2_000_000_000 });
    expect(missingCategory).toMatchObject({ status: 400, body: { errors: [{ field: "categoryId", message: "This category does not exist." }] } });

    const taken = await make.course({ teacherId: user.id });
    const clash = await call(request, "POST", "/api/v1/courses", apiToken, { title: "Clash", slug: taken.slug });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ success: false, statusCode: 409, message: "This slug is already used by another course.", errors: [{ field: "slug" }] });
  });

  test("publishing needs a module with a content; the published course is then public", async ({ request, apiToken }) => {
    const created = await call(request, "POST", "/api/v1/courses", apiToken, { title: unique("To publish") });
    const id: number = created.body.data.course.id;
    const refused = await call(request, "PATCH", `/api/v1/courses/${id}`, apiToken, { status: "Published" });
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ field: "status", message: "Add at least one module with at least one content before publishing this course." }]);
    expect((await request.get(`/api/v1/courses/${id}`)).status()).toBe(404);

    const outlineModule = await makeModule({ courseId: id, title: "First steps" });
    await makeContent({ moduleId: outlineModule.id, title: "Welcome", type: "LESSON", body: "Hello." });
    const published = await call(request, "PATCH", `/api/v1/courses/${id}`, apiToken, { status: "PUBLISHED" });
    expect(published.body.data.course).toMatchObject({ status: "Published", modulesCount: 1, contentsCount: 1 });
    const anonymous = await request.get(`/api/v1/courses/${id}`);
    expect(anonymous.status()).toBe(200);
    expect((await anonymous.json()).data.course.modules[0].contents[0].title).toBe("Welcome");

    const archived = await call(request, "PATCH", `/api/v1/courses/${id}`, apiToken, { status: "archived" });
    expect(archived.body.data.course.status).toBe("Archived");
    expect((await request.get(`/api/v1/courses/${id}`)).status()).toBe(404);
  });

  test("a course with enrolments cannot be deleted: 409 says to archive it", async ({ request, apiToken, make, user }) => {
    const course = await make.course({ teacherId: user.id });
    const student = await make.user();
    await makeEnrollment({ studentId: student.id, courseId: course.id });
    const refused = await call(request, "DELETE", `/api/v1/courses/${course.id}`, apiToken);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe("This course has 1 enrolment, so it cannot be deleted. Archive it instead: it leaves the catalog and its students keep their access.");
  });

  test("students are refused (403); another teacher may not change a published course (403) and does not see a draft (404)", async ({ request, apiToken, apiTokenFor, make, user }) => {
    const student = await apiTokenFor(await make.user());
    expect((await call(request, "POST", "/api/v1/courses", student, { title: "Mine" })).status).toBe(403);
    const published = await make.course({ teacherId: user.id });
    const draft = await make.course({ teacherId: user.id, status: "DRAFT" });
    const other = await apiTokenFor(await make.user({ role: "TEACHER" }));
    const forbidden = await call(request, "PATCH", `/api/v1/courses/${published.id}`, other, { title: "Taken over" });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message).toBe("Only the course's teacher or an administrator can change it.");
    expect((await call(request, "DELETE", `/api/v1/programs/${draft.id}`, other)).status).toBe(404);
    // Only admins reassign.
    expect((await call(request, "PATCH", `/api/v1/courses/${published.id}`, apiToken, { teacherId: (await make.user({ role: "TEACHER" })).id })).status).toBe(403);
  });

  test("an admin reassigns a course to another teacher", async ({ request, apiTokenFor, make, user }) => {
    const course = await make.course({ teacherId: user.id });
    const next = await make.user({ role: "TEACHER" });
    const admin = await apiTokenFor(await make.user({ role: "ADMIN" }));
    const moved = await call(request, "PATCH", `/api/v1/programs/${course.id}`, admin, { teacherId: next.id });
    expect(moved.status).toBe(200);
    expect(moved.body.data.program.teacher.id).toBe(next.id);
    expect(await db.auditLog.count({ where: { action: "course.reassign", entityId: course.id } })).toBe(1);
  });

  test("uploads a cover (multipart), serves its sizes, and removes it", async ({ request, apiToken, make, user }) => {
    const course = await make.course({ teacherId: user.id, status: "DRAFT" });
    const upload = await request.put(`/api/v1/courses/${course.id}/cover`, {
      headers: auth(apiToken),
      multipart: { file: { name: "cover.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/avatar.png") } },
    });
    expect(upload.status()).toBe(200);
    const body = await upload.json();
    expect(body.message).toBe("Successfully updated the course cover image.");
    expect(body.data.course.coverImageVariants).toEqual([{ width: 480, url: body.data.course.coverImageUrl }]);
    const served = await request.get(body.data.course.coverImageUrl);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/webp");

    const text = await request.put(`/api/v1/courses/${course.id}/cover`, {
      headers: auth(apiToken),
      multipart: { cover: { name: "cover.png", mimeType: "image/png", buffer: Buffer.from("not an image") } },
    });
    expect(text.status()).toBe(415);
    const missing = await request.put(`/api/v1/courses/${course.id}/cover`, { headers: auth(apiToken), multipart: { picture: "x" } });
    expect(missing.status()).toBe(400);
    expect((await missing.json()).errors).toEqual([{ field: "cover", message: "Choose a PNG, JPEG or WebP image to upload." }]);

    const removed = await call(request, "DELETE", `/api/v1/courses/${course.id}/cover`, apiToken);
    expect(removed.body).toMatchObject({ message: "Successfully removed the course cover image.", data: { course: { coverImageUrl: null, coverImageVariants: [] } } });
    expect((await request.get(body.data.course.coverImageUrl)).status()).toBe(404);
  });
});
