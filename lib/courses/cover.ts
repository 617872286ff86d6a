// Course cover images. As with avatars (lib/users/avatar.ts): the bytes decide the type,
// never the name or declared type; the image is decoded and re-encoded, which drops its
// metadata (EXIF, GPS) and anything appended to it; files live under names we generate.
// A cover is cropped to the 2:1 frame cards and pages show it in and stored as WebP in each
// standard width the original can fill without being enlarged (the narrowest always).
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { COVER_WIDTHS, type CoverWidth, coverKey, keyOfPublicUrl, newCoverId, publicUrlOf } from "@/lib/storage/keys";
import { storage } from "@/lib/storage/storage";
import { MAX_COVER_BYTES } from "./course-limits";
import { coverVariants } from "./cover-variants";
import { findManagedCourse } from "./managed-course";
import { readCourseDetail } from "./read-course";

/** Bounds the memory a decode can take, whatever the file size. */
export const MAX_COVER_PIXELS = 40_000_000;

export type CoverFile = { bytes: Uint8Array; size: number };

/** The image of an upload form (field "cover", or "file"); 400 naming the field when missing. */
export async function coverFileFrom(form: FormData): Promise<CoverFile> {
  const file = form.get("cover") ?? form.get("file");
  if (!(file instanceof Blob) || file.size === 0) {
    throw new AppError("BAD_REQUEST", { key: "coverMissing" }, { fieldErrors: [{ field: "cover", message: { key: "coverChoose" } }] });
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), size: file.size };
}

// The sniffed type and the decoder sharp must agree on, or the bytes are some polyglot.
const decoders: Record<string, Metadata["format"]> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" };

const unreadable = () => new AppError("BAD_REQUEST", { key: "coverUnreadable" });

/** The widths this image fills at 2:1 without enlargement; at least the narrowest. */
const widthsFor = (width: number, height: number): CoverWidth[] => {
  const fitting = COVER_WIDTHS.filter((w) => w <= width && w / 2 <= height);
  return fitting.length ? fitting : [COVER_WIDTHS[0]];
};

async function encodeVariants(bytes: Uint8Array, mime: string): Promise<{ width: CoverWidth; bytes: Uint8Array }[]> {
  let metadata: Metadata;
  try {
    // Only the header is read here, so an oversized image gets its own message below.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (metadata.format !== decoders[mime] || !metadata.width || !metadata.height) throw unreadable();
  if (metadata.width * metadata.height > MAX_COVER_PIXELS) {
    throw new AppError("BAD_REQUEST", { key: "coverTooManyPixels", values: { megapixels: MAX_COVER_PIXELS / 1_000_000 } });
  }
  // EXIF orientation turns width and height around; the crop works on the upright image.
  const upright = (metadata.orientation ?? 1) >= 5 ? { width: metadata.height, height: metadata.width } : { width: metadata.width, height: metadata.height };
  try {
    // One decode, cloned per width. sharp writes no metadata unless asked to (keepExif /
    // withMetadata), so none is kept.
    const source = sharp(bytes, { limitInputPixels: MAX_COVER_PIXELS }).autoOrient();
    return await Promise.all(
      widthsFor(upright.width, upright.height).map(async (width) => ({
        width,
        bytes: new Uint8Array(await source.clone().resize(width, width / 2, { fit: "cover", position: "attention" }).webp({ quality: 80 }).toBuffer()),
      })),
    );
  } catch {
    throw unreadable();
  }
}

/** Removes the files of a cover we stored; external or unknown URLs are left alone. Never throws. */
export async function deleteStoredCover(coverImageUrl: string | null): Promise<void> {
  await Promise.all(
    coverVariants(coverImageUrl).flatMap(({ url }) => keyOfPublicUrl(url) ?? []).map(async (key) => {
      try {
        await storage().delete(key);
      } catch (err) {
        // Best effort: a leftover file is harmless, a failed request over it is not.
        log.warn({ err, key }, "could not delete a stored course cover");
      }
    }),
  );
}

/**
 * Replaces the course's cover and deletes the previous files. Two concurrent uploads can at
 * worst leave unused files behind: ids are unique, so the files a course points to are
 * never the ones deleted.
 */
export async function setCourseCover(actor: Actor, courseId: number, file: CoverFile) {
  const previous = await findManagedCourse(actor, courseId);
  if (Math.max(file.size, file.bytes.byteLength) > MAX_COVER_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { key: "coverTooLarge" });
  const mime = (await fileTypeFromBuffer(file.bytes))?.mime;
  if (!mime || !Object.hasOwn(decoders, mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "coverType" });

  const variants = await encodeVariants(file.bytes, mime);
  const id = newCoverId();
  const keys = variants.map(({ width }) => coverKey(id, width));
  const widest = variants.at(-1) as (typeof variants)[number];
  try {
    await Promise.all(variants.map(({ width, bytes }) => storage().put(coverKey(id, width), bytes, "image/webp")));
    await db.course.update({ where: { id: courseId }, data: { coverImageUrl: publicUrlOf(coverKey(id, widest.width)) } });
  } catch (error) {
    await Promise.all(keys.map((key) => storage().delete(key).catch(() => undefined)));
    throw error;
  }
  await deleteStoredCover(previous.coverImageUrl);
  await invalidatePublic({ course: courseId });
  return readCourseDetail(courseId);
}

/** Clears the course's cover (the generated one shows again) and deletes its files. */
export async function removeCourseCover(actor: Actor, courseId: number) {
  const previous = await findManagedCourse(actor, courseId);
  await db.course.update({ where: { id: courseId }, data: { coverImageUrl: null } });
  await deleteStoredCover(previous.coverImageUrl);
  await invalidatePublic({ course: courseId });
  return readCourseDetail(courseId);
}
