import { rm } from "node:fs/promises";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getUpload } from "@/app/uploads/[...path]/route";
import { removeCourseCover, setCourseCover } from "@/lib/courses/cover";
import { coverVariants } from "@/lib/courses/cover-variants";
import { deleteCourse } from "@/lib/courses/delete-course";
import { getPublishedCourse } from "@/lib/courses/get-course";
import { db } from "@/lib/db";
import { COVER_WIDTHS, coverKey, isPublicUploadKey, isValidKey, keyOfPublicUrl, newCoverId } from "@/lib/storage/keys";
import { storage } from "@/lib/storage/storage";
import { makeCourse, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

// Uploads go to a temporary folder. env() reads UPLOAD_DIR once, so it is set before any import.
const uploadDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "lms-covers-"));
  vi.stubEnv("UPLOAD_DIR", dir);
  return dir;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(uploadDir, { recursive: true, force: true });
});

let teacher: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  teacher = await makeUser({ role: "TEACHER" });
});

const fileOf = (bytes: Uint8Array) => ({ bytes, size: bytes.byteLength });
const COVER_URL = /^\/uploads\/covers\/[0-9a-f-]{36}-w(480|960|1600)\.webp$/;

const image = (width: number, height: number, format: "png" | "jpeg" | "webp" | "gif" = "png") => {
  const made = sharp({ create: { width, height, channels: 3, background: "#3366ff" } });
  return (format === "jpeg" ? made.jpeg() : format === "webp" ? made.webp() : format === "gif" ? made.gif() : made.png()).toBuffer();
};

async function stored(url: string) {
  const key = keyOfPublicUrl(url);
  const file = key ? await storage().get(key) : null;
  return file ? { ...file, metadata: await sharp(file.bytes).metadata() } : null;
}

describe("setCourseCover", () => {
  it("stores a large image as 2:1 WebP in three widths and points the course at the widest", async () => {
    const course = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    const view = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(2400, 1600, "jpeg")));
    expect(view.coverImageUrl).toMatch(COVER_URL);
    expect(view.coverImageUrl).toMatch(/-w1600\.webp$/);
    expect(view.coverImageVariants.map((variant) => variant.width)).toEqual([480, 960, 1600]);
    for (const variant of view.coverImageVariants) {
      const file = await stored(variant.url);
      expect(file?.contentType).toBe("image/webp");
      expect(file?.metadata).toMatchObject({ format: "webp", width: variant.width, height: variant.width / 2 });
    }
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).coverImageUrl).toBe(view.coverImageUrl);
  });

  it("never enlarges: a small image keeps only the widths it fills, the narrowest at least", async () => {
    const course = await makeCourse({ teacherId: teacher.id });
    const medium = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(1200, 700, "webp")));
    expect(medium.coverImageVariants.map((variant) => variant.width)).toEqual([480, 960]);
    const tiny = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(100, 100)));
    expect(tiny.coverImageVariants.map((variant) => variant.width)).toEqual([480]);
    expect((await stored(tiny.coverImageUrl!))?.metadata).toMatchObject({ width: 480, height: 240 });
  });

  it("strips the metadata (EXIF) of what it is given", async () => {
    const course = await makeCourse({ teacherId: teacher.id });
    const input = await sharp({ create: { width: 1000, height: 600, channels: 3, background: "#ff0000" } })
      .jpeg()
      .withExifMerge({ IFD0: { Copyright: "Secret Co", ImageDescription: "gps here" } })
      .toBuffer();
    expect((await sharp(input).metadata()).exif?.toString("latin1")).toContain("Secret Co");
    const view = await setCourseCover(actorOf(teacher), course.id, fileOf(input));
    for (const variant of view.coverImageVariants) {
      const file = await stored(variant.url);
      expect(file?.metadata.exif).toBeUndefined();
      expect(Buffer.from(file!.bytes).toString("latin1")).not.toContain("Secret Co");
    }
  });

  it("decides the type by the bytes (415), refuses more than 5 MB (413) and undecodable or huge images (400)", async () => {
    const course = await makeCourse({ teacherId: teacher.id });
    const text = await fail(setCourseCover(actorOf(teacher), course.id, fileOf(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))));
    expect(text?.status).toBe(415);
    expect(text?.message).toBe("Only PNG, JPEG or WebP images are allowed.");
    expect((await fail(setCourseCover(actorOf(teacher), course.id, fileOf(await image(10, 10, "gif")))))?.status).toBe(415);

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const tooLarge = await fail(setCourseCover(actorOf(teacher), course.id, fileOf(big)));
    expect(tooLarge?.status).toBe(413);
    expect(tooLarge?.message).toBe("Cover images must be 5 MB or smaller.");

    const truncated = (await image(600, 400, "jpeg")).subarray(0, 200);
    expect((await fail(setCourseCover(actorOf(teacher), course.id, fileOf(truncated))))?.status).toBe(400);
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#ffffff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.byteLength).toBeLessThan(5 * 1024 * 1024);
    const pixels = await fail(setCourseCover(actorOf(teacher), course.id, fileOf(huge)));
    expect(pixels?.status).toBe(400);
    expect(pixels?.message).toBe("Cover images may have at most 40 megapixels.");
    expect((await db.course.findUniqueOrThrow({ where: { id: course.id } })).coverImageUrl).toBeNull();
  });

  it("deletes the previous files when replaced or removed, and with the course", async () => {
    const course = await makeCourse({ teacherId: teacher.id });
    const first = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(1000, 500)));
    const second = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(1000, 500, "jpeg")));
    for (const variant of first.coverImageVariants) expect(await stored(variant.url)).toBeNull();
    for (const variant of second.coverImageVariants) expect(await stored(variant.url)).not.toBeNull();

    const removed = await removeCourseCover(actorOf(teacher), course.id);
    expect(removed).toMatchObject({ coverImageUrl: null, coverImageVariants: [] });
    for (const variant of second.coverImageVariants) expect(await stored(variant.url)).toBeNull();

    const third = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(600, 300)));
    await deleteCourse(actorOf(teacher), course.id);
    for (const variant of third.coverImageVariants) expect(await stored(variant.url)).toBeNull();
  });

  it("serves the stored sizes publicly and shows the new cover on the next public read", async () => {
    const course = await makeCourse({ teacherId: teacher.id, outline: [{ title: "One", contents: [{ title: "L", type: "LESSON" }] }] });
    expect((await getPublishedCourse({ id: course.id })).coverImageUrl).toBeNull();
    const view = await setCourseCover(actorOf(teacher), course.id, fileOf(await image(1000, 600)));
    expect((await getPublishedCourse({ id: course.id })).coverImageVariants).toEqual(view.coverImageVariants);
    const url = view.coverImageVariants[0]!.url;
    const served = await getUpload(new Request(`http://test.local${url}`), { params: Promise.resolve({ path: url.split("/").slice(2) }) });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
  });

  it("is for the course's teacher and admins: 404 for another teacher's draft, 403 for their published course", async () => {
    const [other, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
    const draft = await makeCourse({ teacherId: teacher.id, status: "DRAFT" });
    const published = await makeCourse({ teacherId: teacher.id });
    const png = fileOf(await image(600, 300));
    expect((await fail(setCourseCover(actorOf(other), draft.id, png)))?.status).toBe(404);
    expect((await fail(setCourseCover(actorOf(other), published.id, png)))?.status).toBe(403);
    expect((await fail(removeCourseCover(actorOf(other), published.id)))?.status).toBe(403);
    expect((await setCourseCover(actorOf(admin), draft.id, png)).coverImageUrl).toMatch(COVER_URL);
  });
});

describe("coverVariants", () => {
  it("derives the sizes from the widest URL and gives none for external or unknown URLs", () => {
    const id = "0b6c3f7e-1d2a-4c5b-9e8f-7a6b5c4d3e2f";
    expect(coverVariants(`/uploads/covers/${id}-w960.webp`)).toEqual([
      { width: 480, url: `/uploads/covers/${id}-w480.webp` },
      { width: 960, url: `/uploads/covers/${id}-w960.webp` },
    ]);
    for (const url of [null, "https://cdn.example.com/covers/x-w960.webp", "/uploads/avatars/x.png", `/uploads/covers/${id}-w961.webp`]) expect(coverVariants(url)).toEqual([]);
  });
});

describe("cover keys", () => {
  it("are valid and public for the stored widths only", () => {
    const id = newCoverId();
    for (const width of COVER_WIDTHS) expect([isValidKey(coverKey(id, width)), isPublicUploadKey(coverKey(id, width))]).toEqual([true, true]);
    for (const key of [`covers/${id}-w500.webp`, `covers/${id}.webp`, `covers/${id}-w480.png`, `covers/sub/${id}-w480.webp`, `files/${id}-w480.webp`]) {
      expect(isPublicUploadKey(key), key).toBe(false);
    }
  });
});
