// FILE contents over real HTTP: a streamed multipart upload, its type decided by the bytes,
// the 50 MB limit, and downloads (API and web) only for those who may read the course.
import type { APIRequestContext } from "@playwright/test";
import { makeContent, makeEnrollment, makeModule } from "../../tests/factories";
import { exeBytes, pdfBytes, pngBytes } from "../../tests/contents/file-samples";
import { MAX_CONTENT_FILE_BYTES } from "@/lib/contents/files-limits";
import { expect, type Make, test } from "../support/fixtures";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function fileContent(make: Make, opts: { status?: "DRAFT" | "PUBLISHED"; priceIDR?: number } = {}) {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id, status: opts.status, priceIDR: opts.priceIDR });
  const courseModule = await makeModule({ courseId: course.id });
  const content = await makeContent({ moduleId: courseModule.id, type: "FILE", title: "Handout" });
  const path = `/api/v1/courses/${course.id}/modules/${courseModule.id}/contents/${content.id}/file`;
  return { teacher, course, content, path };
}

const put = (request: APIRequestContext, path: string, token: string, file: { name: string; mimeType: string; buffer: Buffer }) =>
  request.put(path, { headers: bearer(token), multipart: { file } });

test.describe("PUT and GET /api/v1/courses/{id}/modules/{mid}/contents/{cid}/file", () => {
  test("uploads a PDF and downloads the same bytes under its original name", async ({ request, make, apiTokenFor }) => {
    const { teacher, course, content, path } = await fileContent(make, { priceIDR: 250_000 });
    const token = await apiTokenFor(teacher);
    const bytes = Buffer.from(pdfBytes(20_000));

    const upload = await put(request, path, token, { name: "Pekan 1 – Ringkasan.pdf", mimeType: "application/octet-stream", buffer: bytes });
    expect(upload.status()).toBe(200);
    const body = await upload.json();
    expect(body).toMatchObject({ success: true, statusCode: 200, message: "Successfully uploaded the file.", errors: null });
    expect(body.data.content).toMatchObject({
      id: content.id,
      type: "File",
      file: { name: "Pekan 1 – Ringkasan.pdf", size: bytes.length, type: "application/pdf", downloadUrl: path },
    });

    const student = await make.user();
    await makeEnrollment({ studentId: student.id, courseId: course.id, status: "IN_PROGRESS" });
    const download = await request.get(path, { headers: bearer(await apiTokenFor(student)) });
    expect(download.status()).toBe(200);
    // No Content-Length: Next drops it from every route handler's answer and streams the body.
    expect(download.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="Pekan 1 _ Ringkasan.pdf"; filename*=UTF-8''Pekan%201%20%E2%80%93%20Ringkasan.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
  });

  test("decides the type by the bytes: a PNG called .pdf is a PNG, a program called .pdf is refused", async ({ request, make, apiTokenFor }) => {
    const { teacher, path } = await fileContent(make);
    const token = await apiTokenFor(teacher);
    const png = await put(request, path, token, { name: "chart.pdf", mimeType: "application/pdf", buffer: Buffer.from(await pngBytes()) });
    expect((await png.json()).data.content.file).toMatchObject({ name: "chart.png", type: "image/png" });

    const exe = await put(request, path, token, { name: "slides.pdf", mimeType: "application/pdf", buffer: Buffer.from(exeBytes()) });
    expect(exe.status()).toBe(415);
    expect(await exe.json()).toMatchObject({ success: false, statusCode: 415, message: "Only PDF, ZIP, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG files are allowed." });
    const kept = await request.get(path, { headers: bearer(token) });
    expect(kept.headers()["content-type"]).toBe("image/png");
  });

  test("cuts off a file over 50 MB with 413, and keeps the file it had", async ({ request, make, apiTokenFor }) => {
    const { teacher, path } = await fileContent(make);
    const token = await apiTokenFor(teacher);
    await put(request, path, token, { name: "small.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });
    const big = Buffer.alloc(MAX_CONTENT_FILE_BYTES + 1, 0x20);
    big.write("%PDF-1.4\n", 0);
    const response = await put(request, path, token, { name: "big.pdf", mimeType: "application/pdf", buffer: big });
    expect(response.status()).toBe(413);
    expect((await response.json()).message).toBe("Files must be 50 MB or smaller.");
    const kept = await request.get(path, { headers: bearer(token) });
    expect(kept.headers()["content-disposition"]).toContain('filename="small.pdf"');
  });

  test("answers 400 without a file part and 415 for a body that is not multipart", async ({ request, make, apiTokenFor }) => {
    const { teacher, path } = await fileContent(make);
    const token = await apiTokenFor(teacher);
    const missing = await request.put(path, { headers: bearer(token), multipart: { title: "no file here" } });
    expect(missing.status()).toBe(400);
    expect((await missing.json()).errors).toEqual([{ field: "file", message: "Choose a file to upload." }]);
    const json = await request.put(path, { headers: bearer(token), data: { file: "x" } });
    expect(json.status()).toBe(415);
  });

  test("refuses uploads and downloads to those who may not (401, 403, 404)", async ({ request, make, apiTokenFor }) => {
    const { teacher, course, path } = await fileContent(make, { priceIDR: 100_000 });
    const file = { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) };
    expect((await put(request, path, await apiTokenFor(teacher), file)).status()).toBe(200);

    expect((await request.put(path, { multipart: { file } })).status()).toBe(401);
    expect((await request.get(path)).status()).toBe(401);

    const otherTeacher = await apiTokenFor(await make.user({ role: "TEACHER" }));
    expect((await put(request, path, otherTeacher, file)).status()).toBe(403);
    expect((await request.get(path, { headers: bearer(otherTeacher) })).status()).toBe(403);

    const unpaid = await make.user();
    await makeEnrollment({ studentId: unpaid.id, courseId: course.id, status: "UNPAID" });
    const refused = await request.get(path, { headers: bearer(await apiTokenFor(unpaid)) });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).message).toBe("Enrol in this course and complete its payment to open its materials.");

    const admin = await apiTokenFor(await make.user({ role: "ADMIN" }));
    expect((await request.get(path, { headers: bearer(admin) })).status()).toBe(200);

    const draft = await fileContent(make, { status: "DRAFT" });
    expect((await put(request, draft.path, otherTeacher, file)).status()).toBe(404);
    expect((await request.get(draft.path, { headers: bearer(otherTeacher) })).status()).toBe(404);
    const empty = await fileContent(make);
    expect((await request.get(empty.path, { headers: bearer(await apiTokenFor(empty.teacher)) })).status()).toBe(404);
  });

  test("is in the OpenAPI document as a multipart upload and a binary download", async ({ request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    const item = document.paths["/courses/{courseId}/modules/{moduleId}/contents/{contentId}/file"];
    expect(item.put.requestBody.content["multipart/form-data"].schema).toMatchObject({ type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } });
    expect(item.get.responses["200"].content["application/octet-stream"].schema).toMatchObject({ type: "string", format: "binary" });
  });
});

test.describe("the web routes of a content's file", () => {
  test("upload with the session from our own pages only, download for readers of the course", async ({ page, make, signIn }) => {
    const { teacher, course, content } = await fileContent(make);
    await signIn(teacher);
    const upload = `/api/teach/courses/${course.id}/contents/${content.id}/file`;
    const file = { name: "Notes.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) };
    const origin = new URL(test.info().project.use.baseURL ?? "").origin;

    const foreign = await page.request.post(upload, { headers: { origin: "https://evil.example" }, multipart: { file } });
    expect(foreign.status()).toBe(403);
    const own = await page.request.post(upload, { headers: { origin }, multipart: { file } });
    expect(own.status()).toBe(200);
    expect(await own.json()).toEqual({ ok: true, data: { name: "Notes.pdf", size: file.buffer.length, type: "application/pdf" } });

    const download = await page.request.get(`/files/contents/${content.id}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain('filename="Notes.pdf"');
    expect(Buffer.from(await download.body()).equals(file.buffer)).toBe(true);

    const refused = await page.request.post(upload, { headers: { origin }, multipart: { file: { ...file, buffer: Buffer.from(exeBytes()) } } });
    expect(refused.status()).toBe(415);
    expect(await refused.json()).toMatchObject({ ok: false, code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  test("sends the signed-out to sign in and tells an unenrolled student why not", async ({ page, request, make, signIn, apiTokenFor }) => {
    const { teacher, course, content, path } = await fileContent(make, { priceIDR: 50_000 });
    await put(request, path, await apiTokenFor(teacher), { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });

    const anonymous = await page.request.get(`/files/contents/${content.id}`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(303);
    expect(anonymous.headers().location).toMatch(new RegExp(`/login\\?callbackUrl=%2Ffiles%2Fcontents%2F${content.id}$`));

    const student = await make.user();
    await signIn(student);
    const refused = await page.request.get(`/files/contents/${content.id}`);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toBe("Enrol in this course and complete its payment to open its materials.");
    await makeEnrollment({ studentId: student.id, courseId: course.id, status: "IN_PROGRESS" });
    expect((await page.request.get(`/files/contents/${content.id}`)).status()).toBe(200);
    expect((await page.request.get("/files/contents/abc")).status()).toBe(404);
  });
});

test.describe("the content editor's file upload", () => {
  // The refused upload below answers 415, which the browser reports in its console.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 415/] });

  test("uploads a file as soon as it is chosen, shows what is stored and why a file is refused", async ({ page, make, signIn }) => {
    const { teacher, course, content } = await fileContent(make);
    await signIn(teacher);
    await page.goto(`/teach/courses/${course.id}/contents/${content.id}`);
    await page.waitForLoadState("networkidle");
    await expect(page.getByText("No file uploaded yet.")).toBeVisible();

    await page.getByLabel("Upload a file").setInputFiles({ name: "Week 1 slides.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes(3000)) });
    await expect(page.getByText("File uploaded.")).toBeVisible();
    const stored = page.getByRole("paragraph").filter({ hasText: /^Week 1 slides\.pdf$/ });
    await expect(stored).toBeVisible();
    await expect(page.getByText("PDF · 3 KB")).toBeVisible();
    await expect(page.getByRole("link", { name: "Download Week 1 slides.pdf" })).toHaveAttribute("href", `/files/contents/${content.id}`);

    const replace = page.getByLabel("Replace the file");
    await replace.setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from(exeBytes()) });
    await expect(page.getByText("Only PDF, ZIP, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG files are allowed.")).toBeVisible();
    await expect(replace).toBeFocused();
    await expect(stored).toBeVisible();
  });
});
