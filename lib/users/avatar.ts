// Profile pictures. The file's own bytes decide its type, never its name or declared type;
// every accepted image is decoded and re-encoded, which drops EXIF (GPS, camera, names)
// and anything smuggled after the image data, and is stored under a name we generate.
import { invalidatePublic } from "@/lib/cache/public-data";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata, type Sharp } from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { keyOfPublicUrl, newAvatarKey, publicUrlOf } from "@/lib/storage/keys";
import { storage } from "@/lib/storage/storage";
import { assertCanManageUser } from "./policy";
import { toUserView, userSelect } from "./views";
import { MAX_AVATAR_BYTES } from "./avatar-limits";

/** Bounds the memory a decode can take, whatever the file size (a tiny PNG can claim 100k × 100k). */
export const MAX_AVATAR_PIXELS = 25_000_000;
const AVATAR_SIZE = 512;

export type AvatarFile = { bytes: Uint8Array; size: number };

/** The picture of an upload form (field "avatar", or "file"); 400 naming the field when missing. */
export async function avatarFileFrom(form: FormData): Promise<AvatarFile> {
  const file = form.get("avatar") ?? form.get("file");
  if (!(file instanceof Blob) || file.size === 0) {
    throw new AppError("BAD_REQUEST", { key: "avatarMissing" }, { fieldErrors: [{ field: "avatar", message: { key: "avatarChoose" } }] });
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), size: file.size };
}

const formats = {
  "image/jpeg": { extension: "jpg", decoder: "jpeg", encode: (image: Sharp) => image.jpeg({ quality: 85, mozjpeg: true }) },
  "image/png": { extension: "png", decoder: "png", encode: (image: Sharp) => image.png() },
} as const;

type AvatarType = keyof typeof formats;
const isAvatarType = (mime: string | undefined): mime is AvatarType => mime !== undefined && Object.hasOwn(formats, mime);

const unreadable = () => new AppError("BAD_REQUEST", { key: "avatarUnreadable" });

/** A square AVATAR_SIZE image in the input's format, upright, without metadata. */
async function reencode(bytes: Uint8Array, type: AvatarType): Promise<Uint8Array> {
  let metadata: Metadata;
  try {
    // Only the header is read here, so an oversized image gets its own message below.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  const { width, height } = metadata;
  // The decoder must agree with the sniffed type, or the bytes are some polyglot.
  if (metadata.format !== formats[type].decoder || !width || !height) throw unreadable();
  if (width * height > MAX_AVATAR_PIXELS) {
    throw new AppError("BAD_REQUEST", { key: "avatarTooManyPixels", values: { megapixels: MAX_AVATAR_PIXELS / 1_000_000 } });
  }
  try {
    // sharp writes no metadata unless asked to (keepExif / withMetadata), so none is kept.
    const image = sharp(bytes, { limitInputPixels: MAX_AVATAR_PIXELS }).autoOrient().resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover" });
    return new Uint8Array(await formats[type].encode(image).toBuffer());
  } catch {
    throw unreadable();
  }
}

/** Removes a file we stored for an avatar URL; external or unknown URLs are left alone. Never throws. */
export async function deleteStoredAvatar(avatarUrl: string | null): Promise<void> {
  const key = avatarUrl ? keyOfPublicUrl(avatarUrl) : null;
  if (!key) return;
  try {
    await storage().delete(key);
  } catch (err) {
    // Best effort: a leftover file is harmless, a failed request over it is not.
    log.warn({ err, key }, "could not delete a stored avatar");
  }
}

async function currentAvatarUrl(userId: number) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { avatarUrl: true } });
  if (!user) throw notFound("User");
  return user.avatarUrl;
}

/**
 * Replaces the user's profile picture and deletes the previous file. Two concurrent uploads
 * can at worst leave an unused file behind: names are unique, so the file a user's
 * avatarUrl points to is never the one deleted.
 */
export async function setAvatar(actor: Actor, userId: number, file: AvatarFile) {
  assertCanManageUser(actor, userId);
  if (Math.max(file.size, file.bytes.byteLength) > MAX_AVATAR_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", { key: "avatarTooLarge" });
  }
  const type = (await fileTypeFromBuffer(file.bytes))?.mime;
  if (!isAvatarType(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "avatarType" });

  const previous = await currentAvatarUrl(userId);
  const bytes = await reencode(file.bytes, type);
  const key = newAvatarKey(formats[type].extension);
  await storage().put(key, bytes, type);
  const user = await db.user.update({ where: { id: userId }, data: { avatarUrl: publicUrlOf(key) }, select: userSelect }).catch(async (error: unknown) => {
    await storage().delete(key);
    throw error;
  });
  await deleteStoredAvatar(previous);
  await invalidatePublic({ teacher: userId });
  return toUserView(user);
}

/** Clears the user's profile picture and deletes its file. */
export async function removeAvatar(actor: Actor, userId: number) {
  assertCanManageUser(actor, userId);
  const previous = await currentAvatarUrl(userId);
  const user = await db.user.update({ where: { id: userId }, data: { avatarUrl: null }, select: userSelect });
  await deleteStoredAvatar(previous);
  await invalidatePublic({ teacher: userId });
  return toUserView(user);
}
