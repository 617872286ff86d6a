// FILE contents: uploads typed by their bytes, bounded in size and streamed; downloads only for
// those who may read the course's content.
import { readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { attachContentFile, cleanFileName, contentFileFrom, openContentFile } from "@/lib/contents/files";
import { MAX_CONTENT_FILE_BYTES } from "@/lib/contents/files-limits";
import { db } from "@/lib/db";
import { attachmentDisposition, downloadResponse } from "@/lib/storage/download-response";
import { isPublicUploadKey } from "@/lib/storage/keys";
import { storage } from "@/lib/storage/storage";
import { makeContent, makeCourse, makeEnrollment, makeModule, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";
import { docxBytes, exeBytes, pdfBytes, pngBytes } from "./file-samples";

// Uploads go to a temporary folder. env() reads UPLOAD_DIR once, so it is set before any import.
const uploadDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "lms-files-test-"));
  vi.stubEnv("UPLOAD_DIR", dir);
  return dir;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(uploadDir, { recursive: true, force: true });
});

const storedFiles = async () => (await readdir(path.join(uploadDir, "files")).catch(() => [] as string[])).sort();
const stagingFolders = async () => (await readdir(tmpdir())).filter((name) => name.startsWith("lms-upload-"));

function multipart(bytes: Uint8Array, name: string, field = "file") {
  const form = new FormData();
  form.set(field, new Blob([bytes.slice()]), name);
  return new Request("http://test.local/upload", { method: "PUT", body: form });
}

const upload = (bytes: Uint8Array, name: string) => contentFileFrom(multipart(bytes, name));

async function fileCourse(opts: { status?: "DRAFT" | "PUBLISHED"; priceIDR?: number; releaseDate?: Date } = {}) {
  const teacher = await makeUser({ role: "TEACHER" });
  const course = await makeCourse({ teacherId: teacher.id, status: opts.status, priceIDR: opts.priceIDR, releaseDate: opts.releaseDate });
  const courseModule = await makeModule({ courseId: course.id });
  const content = await makeContent({ moduleId: courseModule.id, type: "FILE", title: "Slides" });
  const ref = { courseId: course.id, moduleId: courseModule.id, contentId: content.id };
  return { teacher, owner: actorOf(teacher), course, courseModule, content, ref };
}

async function bytesOf(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("attachContentFile", () => {
  it("stores a PDF under a private server-made name, with its original name, size and type", async () => {
    const { owner, ref, content } = await fileCourse();
    const bytes = pdfBytes(100);

    const view = await attachContentFile(owner, ref, upload(bytes, "Week 1 – Intro.pdf"));

    expect(view.file).toEqual({ name: "Week 1 – Intro.pdf", size: bytes.byteLength, type: "application/pdf", downloadUrl: expect.stringContaining(`/contents/${content.id}/file`) });
    const row = await db.content.findUniqueOrThrow({ where: { id: content.id } });
    expect(row.fileKey).toMatch(/^files\/[0-9a-f-]{36}\.pdf$/);
    expect(isPublicUploadKey(row.fileKey!)).toBe(false);
    expect(row).toMatchObject({ fileName: "Week 1 – Intro.pdf", fileSize: bytes.byteLength, fileType: "application/pdf" });
    expect((await storage().get(row.fileKey!))?.bytes).toEqual(bytes);
  });

  it("decides the type by the bytes: a PNG named .pdf is stored and named as a PNG", async () => {
    const { owner, ref, content } = await fileCourse();
    const view = await attachContentFile(owner, ref, upload(await pngBytes(), "diagram.pdf"));
    expect(view.file).toMatchObject({ name: "diagram.png", type: "image/png" });
    expect((await db.content.findUniqueOrThrow({ where: { id: content.id } })).fileKey).toMatch(/\.png$/);
  });

  it("recognises Office documents inside their ZIP", async () => {
    const { owner, ref } = await fileCourse();
    const view = await attachContentFile(owner, ref, upload(docxBytes(), "Essay.docx"));
    expect(view.file).toMatchObject({ name: "Essay.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  });

  it("refuses a program renamed .pdf with 415 and keeps nothing", async () => {
    const { owner, ref, content } = await fileCourse();
    const before = await storedFiles();
    const error = await fail(attachContentFile(owner, ref, upload(exeBytes(), "notes.pdf")));
    expect(error?.status).toBe(415);
    expect(error?.message).toBe("Only PDF, ZIP, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG files are allowed.");
    expect(await storedFiles()).toEqual(before);
    expect((await db.content.findUniqueOrThrow({ where: { id: content.id } })).fileKey).toBeNull();
  });

  it("refuses text that merely claims to be a PDF", async () => {
    const { owner, ref } = await fileCourse();
    expect((await fail(attachContentFile(owner, ref, upload(new TextEncoder().encode("hello"), "a.pdf"))))?.status).toBe(415);
  });

  it("takes a file of exactly 50 MB and cuts off one byte more with 413, leaving no file behind", async () => {
    const { owner, ref, content } = await fileCourse();
    const exact = pdfBytes(MAX_CONTENT_FILE_BYTES - pdfBytes().byteLength);
    expect(exact.byteLength).toBe(MAX_CONTENT_FILE_BYTES);
    expect((await attachContentFile(owner, ref, upload(exact, "big.pdf"))).file?.size).toBe(MAX_CONTENT_FILE_BYTES);
    const kept = await storedFiles();
    const staging = await stagingFolders();

    const tooBig = pdfBytes(MAX_CONTENT_FILE_BYTES - pdfBytes().byteLength + 1);
    const error = await fail(attachContentFile(owner, ref, upload(tooBig, "bigger.pdf")));
    expect(error?.status).toBe(413);
    expect(error?.message).toBe("Files must be 50 MB or smaller.");
    expect(await storedFiles()).toEqual(kept);
    expect(await stagingFolders()).toEqual(staging);
    expect((await db.content.findUniqueOrThrow({ where: { id: content.id } })).fileName).toBe("big.pdf");
  });

  it("answers 413 from the declared length before reading the body", async () => {
    const { owner, ref } = await fileCourse();
    const req = new Request("http://test.local/upload", {
      method: "PUT",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_CONTENT_FILE_BYTES * 2) },
      body: "--x--",
    });
    expect((await fail(attachContentFile(owner, ref, contentFileFrom(req))))?.status).toBe(413);
  });

  it("asks for the file when the form has none, and for multipart when it is something else", async () => {
    const { owner, ref } = await fileCourse();
    const missing = await fail(attachContentFile(owner, ref, contentFileFrom(multipart(pdfBytes(), "a.pdf", "document"))));
    expect(missing).toMatchObject({ status: 400, fieldErrors: [{ field: "file", message: "Choose a file to upload." }] });
    const json = new Request("http://test.local/upload", { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await fail(attachContentFile(owner, ref, contentFileFrom(json))))?.status).toBe(415);
  });

  it("replaces the previous file and deletes it", async () => {
    const { owner, ref, content } = await fileCourse();
    await attachContentFile(owner, ref, upload(pdfBytes(), "v1.pdf"));
    const first = (await db.content.findUniqueOrThrow({ where: { id: content.id } })).fileKey!;
    await attachContentFile(owner, ref, upload(await pngBytes(), "v2.png"));
    const second = (await db.content.findUniqueOrThrow({ where: { id: content.id } })).fileKey!;
    expect(second).not.toBe(first);
    expect(await storage().get(first)).toBeNull();
    expect(await storage().get(second)).not.toBeNull();
  });

  it("lets an admin upload to any course", async () => {
    const { ref } = await fileCourse({ status: "DRAFT" });
    const admin = actorOf(await makeUser({ role: "ADMIN" }));
    expect((await attachContentFile(admin, ref, upload(pdfBytes(), "a.pdf"))).file?.name).toBe("a.pdf");
  });

  it("refuses other teachers (403 on a published course, 404 on a draft) before taking in the file", async () => {
    const other = actorOf(await makeUser({ role: "TEACHER" }));
    const receive = vi.fn(upload(pdfBytes(), "a.pdf"));
    const published = await fileCourse();
    expect((await fail(attachContentFile(other, published.ref, receive)))?.status).toBe(403);
    const draft = await fileCourse({ status: "DRAFT" });
    expect((await fail(attachContentFile(other, draft.ref, receive)))?.status).toBe(404);
    const student = actorOf(await makeUser());
    expect((await fail(attachContentFile(student, published.ref, receive)))?.status).toBe(403);
    expect(receive).not.toHaveBeenCalled();
  });

  it("takes files only for FILE contents of that module and course", async () => {
    const { owner, ref, course, courseModule } = await fileCourse();
    const lesson = await makeContent({ moduleId: courseModule.id, type: "LESSON" });
    expect(await fail(attachContentFile(owner, { ...ref, contentId: lesson.id }, upload(pdfBytes(), "a.pdf")))).toMatchObject({ status: 400, message: "Only a File content takes an upload." });
    const elsewhere = await fileCourse();
    expect((await fail(attachContentFile(owner, { ...ref, contentId: elsewhere.content.id }, upload(pdfBytes(), "a.pdf"))))?.status).toBe(404);
    const otherModule = await makeModule({ courseId: course.id });
    expect((await fail(attachContentFile(owner, { ...ref, moduleId: otherModule.id }, upload(pdfBytes(), "a.pdf"))))?.status).toBe(404);
  });
});

describe("cleanFileName", () => {
  it("keeps a sensible name as it is", () => {
    expect(cleanFileName("Laporan Minggu 1.PDF", "application/pdf")).toBe("Laporan Minggu 1.PDF");
    expect(cleanFileName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(cleanFileName("slides.pptx", "application/zip")).toBe("slides.pptx");
  });

  it("drops folders, control characters and characters file systems refuse", () => {
    expect(cleanFileName("C:\\Users\\me\\..\\notes.pdf", "application/pdf")).toBe("notes.pdf");
    expect(cleanFileName("../../etc/pass\u0000wd\u202e.pdf", "application/pdf")).toBe("passwd.pdf");
    expect(cleanFileName('a"b<c>|d?.pdf', "application/pdf")).toBe("a_b_c__d_.pdf");
    expect(cleanFileName("\ud800lonely.pdf", "application/pdf")).toBe("lonely.pdf");
  });

  it("gives the extension the bytes show, appended when the name has none", () => {
    expect(cleanFileName("Week 1.2 notes", "application/pdf")).toBe("Week 1.2 notes.pdf");
    expect(cleanFileName("setup.exe", "application/zip")).toBe("setup.zip");
    expect(cleanFileName("", "image/png")).toBe("file.png");
    expect(cleanFileName("...", "image/png")).toBe("file.png");
  });

  it("bounds the length, keeping the extension", () => {
    const name = cleanFileName(`${"é".repeat(300)}.pdf`, "application/pdf");
    expect([...name]).toHaveLength(120);
    expect(name.endsWith("é.pdf")).toBe(true);
  });
});

describe("openContentFile", () => {
  async function uploaded() {
    const setup = await fileCourse({ priceIDR: 100_000 });
    const bytes = pdfBytes(64);
    await attachContentFile(setup.owner, setup.ref, upload(bytes, "Modul 1 – Catatan.pdf"));
    return { ...setup, bytes };
  }

  const opens = async (actor: Actor, ref: { contentId: number; courseId?: number; moduleId?: number }) => {
    const file = await openContentFile(actor, ref);
    return { ...file, bytes: await bytesOf(file.stream) };
  };

  it("gives the file to its teacher, an admin and a student whose enrolment is paid", async () => {
    const { owner, ref, course, bytes } = await uploaded();
    const admin = actorOf(await makeUser({ role: "ADMIN" }));
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: course.id, status: "IN_PROGRESS" });
    const finished = await makeUser();
    await makeEnrollment({ studentId: finished.id, courseId: course.id, status: "COMPLETED" });
    for (const actor of [owner, admin, actorOf(student), actorOf(finished)]) {
      const file = await opens(actor, ref);
      expect(file).toMatchObject({ fileName: "Modul 1 – Catatan.pdf", contentType: "application/pdf", size: bytes.byteLength });
      expect(file.bytes).toEqual(bytes);
    }
    // The web route knows only the content.
    expect((await opens(owner, { contentId: ref.contentId })).bytes).toEqual(bytes);
  });

  it("refuses an unenrolled student, an unpaid or cancelled one, and another teacher with 403", async () => {
    const { ref, course } = await uploaded();
    const unpaid = await makeUser();
    await makeEnrollment({ studentId: unpaid.id, courseId: course.id, status: "UNPAID" });
    const cancelled = await makeUser();
    await makeEnrollment({ studentId: cancelled.id, courseId: course.id, status: "CANCELLED" });
    const others = [await makeUser(), unpaid, cancelled, await makeUser({ role: "TEACHER" })];
    for (const actor of others) {
      expect(await fail(openContentFile(actorOf(actor), ref))).toMatchObject({ status: 403, message: "Enrol in this course and complete its payment to open its materials." });
    }
  });

  it("keeps a course's files locked before its release date, even to the enrolled", async () => {
    const setup = await fileCourse({ releaseDate: new Date(Date.now() + 86_400_000) });
    await attachContentFile(setup.owner, setup.ref, upload(pdfBytes(), "a.pdf"));
    const student = await makeUser();
    await makeEnrollment({ studentId: student.id, courseId: setup.course.id });
    expect((await fail(openContentFile(actorOf(student), setup.ref)))?.status).toBe(403);
    expect((await openContentFile(setup.owner, setup.ref)).fileName).toBe("a.pdf");
  });

  it("answers 404 for a draft's file to everyone but its teacher and admins, and where there is no file", async () => {
    const draft = await fileCourse({ status: "DRAFT" });
    await attachContentFile(draft.owner, draft.ref, upload(pdfBytes(), "a.pdf"));
    expect((await fail(openContentFile(actorOf(await makeUser()), draft.ref)))?.status).toBe(404);
    expect((await fail(openContentFile(actorOf(await makeUser({ role: "TEACHER" })), draft.ref)))?.status).toBe(404);

    const empty = await fileCourse();
    expect(await fail(openContentFile(empty.owner, empty.ref))).toMatchObject({ status: 404, message: "No file has been uploaded for this content yet." });
    const lesson = await makeContent({ moduleId: empty.courseModule.id, type: "LESSON" });
    expect((await fail(openContentFile(empty.owner, { ...empty.ref, contentId: lesson.id })))?.status).toBe(404);
    expect((await fail(openContentFile(empty.owner, { ...empty.ref, courseId: draft.course.id })))?.status).toBe(404);
  });
});

describe("downloadResponse", () => {
  it("sends an attachment under the original name that nothing may sniff, run or cache", async () => {
    const response = downloadResponse({ stream: new Blob(["%PDF"]).stream(), size: 4, contentType: "application/pdf", fileName: "Modul 1 – Catatan \"final\".pdf" });
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": "4",
      "content-disposition": `attachment; filename="Modul 1 _ Catatan _final_.pdf"; filename*=UTF-8''Modul%201%20%E2%80%93%20Catatan%20%22final%22.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(await response.text()).toBe("%PDF");
  });

  it("answers HEAD with the headers alone and lets go of the file", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
    const response = downloadResponse({ stream, size: 9, contentType: "image/png", fileName: "a.png" }, "HEAD");
    expect([response.headers.get("content-type"), response.headers.get("content-disposition"), response.body, cancelled]).toEqual(["image/png", `attachment; filename="a.png"; filename*=UTF-8''a.png`, null, true]);
  });

  it("spells accented names in plain ASCII for old clients", () => {
    expect(attachmentDisposition("Résumé (1).pdf")).toBe(`attachment; filename="Resume (1).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%281%29.pdf`);
  });
});
