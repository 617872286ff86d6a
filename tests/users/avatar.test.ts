import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DELETE, PUT } from "@/app/api/v1/users/[userId]/avatar/route";
import { GET as getUpload } from "@/app/uploads/[...path]/route";
import { apiLogin } from "@/lib/auth/api-sessions";
import { db } from "@/lib/db";
import { localFolderStorage } from "@/lib/storage/local-folder";
import { keyOfPublicUrl } from "@/lib/storage/keys";
import { storage } from "@/lib/storage/storage";
import { deleteStoredAvatar, removeAvatar, setAvatar } from "@/lib/users/avatar";
import { deleteUser } from "@/lib/users/delete-user";
import { makeUser, TEST_PASSWORD, uniqueIp } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

// Uploads go to a temporary folder. env() reads UPLOAD_DIR once, so it is set before any import.
const uploadDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "lms-uploads-"));
  vi.stubEnv("UPLOAD_DIR", dir);
  return dir;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(uploadDir, { recursive: true, force: true });
});

const fileOf = (bytes: Uint8Array) => ({ bytes, size: bytes.byteLength });

const AVATAR_URL = /^\/uploads\/avatars\/[0-9a-f-]{36}\.(jpg|png)$/;

async function storedImage(avatarUrl: string | null) {
  const key = keyOfPublicUrl(avatarUrl ?? "");
  expect(key).not.toBeNull();
  const file = await storage().get(key!);
  expect(file).not.toBeNull();
  return { ...file!, metadata: await sharp(file!.bytes).metadata() };
}

const fileExists = async (avatarUrl: string | null) => (await storage().get(keyOfPublicUrl(avatarUrl ?? "") ?? "avatars/none.jpg")) !== null;

const jpegWithExif = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#3366ff" } })
    .jpeg()
    .withExifMerge({ IFD0: { Copyright: "Secret Co", ImageDescription: "gps here" } })
    .toBuffer();

const png = () => sharp({ create: { width: 30, height: 90, channels: 4, background: { r: 10, g: 200, b: 10, alpha: 0.5 } } }).png().toBuffer();

describe("setAvatar", () => {
  it("re-encodes a JPEG to a 512×512 square without its EXIF metadata", async () => {
    const user = await makeUser();
    const input = await jpegWithExif();
    expect((await sharp(input).metadata()).exif?.toString("latin1")).toContain("Secret Co");

    const view = await setAvatar(actorOf(user), user.id, fileOf(input));
    expect(view.avatarUrl).toMatch(AVATAR_URL);
    expect(view.avatarUrl).toMatch(/\.jpg$/);
    const stored = await storedImage(view.avatarUrl);
    expect(stored.contentType).toBe("image/jpeg");
    expect(stored.metadata).toMatchObject({ format: "jpeg", width: 512, height: 512 });
    expect(stored.metadata.exif).toBeUndefined();
    expect(Buffer.from(stored.bytes).toString("latin1")).not.toContain("Secret Co");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarUrl).toBe(view.avatarUrl);
  });

  it("applies the EXIF orientation before cropping", async () => {
    const user = await makeUser();
    // Left half red, right half blue; orientation 6 shows it turned a quarter clockwise,
    // so the upright image is red on top and blue below.
    const input = await sharp({ create: { width: 80, height: 40, channels: 3, background: "#ff0000" } })
      .composite([{ input: { create: { width: 40, height: 40, channels: 3, background: "#0000ff" } }, left: 40, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const view = await setAvatar(actorOf(user), user.id, fileOf(input));
    const stored = await storedImage(view.avatarUrl);
    expect(stored.metadata.orientation).toBeUndefined();
    const { data, info } = await sharp(stored.bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [topRed, , topBlue] = pixel(256, 20);
    const [bottomRed, , bottomBlue] = pixel(256, 490);
    expect(topRed!).toBeGreaterThan(200);
    expect(topBlue!).toBeLessThan(60);
    expect(bottomBlue!).toBeGreaterThan(200);
    expect(bottomRed!).toBeLessThan(60);
  });

  it("keeps a PNG as a PNG, with its transparency", async () => {
    const user = await makeUser();
    const view = await setAvatar(actorOf(user), user.id, fileOf(await png()));
    expect(view.avatarUrl).toMatch(/\.png$/);
    const stored = await storedImage(view.avatarUrl);
    expect(stored.contentType).toBe("image/png");
    expect(stored.metadata).toMatchObject({ format: "png", width: 512, height: 512, hasAlpha: true });
  });

  it("decides the type by the bytes: text is refused with 415 whatever it claims to be", async () => {
    const user = await makeUser();
    const text = new TextEncoder().encode("hello world");
    const error = await fail(setAvatar(actorOf(user), user.id, fileOf(text)));
    expect(error?.status).toBe(415);
    expect(error?.message).toBe("Only PNG or JPEG images are allowed.");
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).gif().toBuffer();
    expect((await fail(setAvatar(actorOf(user), user.id, fileOf(gif))))?.status).toBe(415);
  });

  it("refuses files over 2 MB with 413 before looking at them", async () => {
    const user = await makeUser();
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const error = await fail(setAvatar(actorOf(user), user.id, fileOf(big)));
    expect(error?.status).toBe(413);
    expect(error?.message).toBe("Profile pictures must be 2 MB or smaller.");
  });

  it("refuses undecodable images and images over 25 megapixels with 400", async () => {
    const user = await makeUser();
    const truncated = (await jpegWithExif()).subarray(0, 300);
    expect((await fail(setAvatar(actorOf(user), user.id, fileOf(truncated))))?.status).toBe(400);
    // Small on disk, huge once decoded.
    const huge = await sharp({ create: { width: 6000, height: 4500, channels: 3, background: "#ffffff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.byteLength).toBeLessThan(2 * 1024 * 1024);
    const error = await fail(setAvatar(actorOf(user), user.id, fileOf(huge)));
    expect(error?.status).toBe(400);
    expect(error?.message).toMatch(/megapixels/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarUrl).toBeNull();
  });

  it("lets nobody but the owner and admins change an avatar; to others the user does not exist", async () => {
    const [owner, other, admin] = await Promise.all([makeUser(), makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
    const image = fileOf(await png());
    expect((await fail(setAvatar(actorOf(other), owner.id, image)))?.status).toBe(404);
    expect((await fail(removeAvatar(actorOf(other), owner.id)))?.status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).avatarUrl).toBeNull();
    const view = await setAvatar(actorOf(admin), owner.id, image);
    expect(view.id).toBe(owner.id);
    expect(view.avatarUrl).toMatch(AVATAR_URL);
    expect((await fail(setAvatar(actorOf(admin), 2_000_000_000, image)))?.status).toBe(404);
  });

  it("deletes the previous file when the avatar is replaced", async () => {
    const user = await makeUser();
    const first = await setAvatar(actorOf(user), user.id, fileOf(await jpegWithExif()));
    const second = await setAvatar(actorOf(user), user.id, fileOf(await png()));
    expect(second.avatarUrl).not.toBe(first.avatarUrl);
    expect(await fileExists(first.avatarUrl)).toBe(false);
    expect(await fileExists(second.avatarUrl)).toBe(true);
  });
});

describe("removeAvatar and account deletion", () => {
  it("clears the URL and deletes the file", async () => {
    const user = await makeUser();
    const { avatarUrl } = await setAvatar(actorOf(user), user.id, fileOf(await png()));
    const view = await removeAvatar(actorOf(user), user.id);
    expect(view.avatarUrl).toBeNull();
    expect(await fileExists(avatarUrl)).toBe(false);
    expect((await removeAvatar(actorOf(user), user.id)).avatarUrl).toBeNull();
  });

  it("deletes the stored file with the account", async () => {
    const user = await makeUser();
    const { avatarUrl } = await setAvatar(actorOf(user), user.id, fileOf(await png()));
    await deleteUser(actorOf(user), user.id);
    expect(await fileExists(avatarUrl)).toBe(false);
  });

  it("leaves URLs it did not store alone", async () => {
    await expect(deleteStoredAvatar("https://cdn.example.com/avatars/x.jpg")).resolves.toBeUndefined();
    await expect(deleteStoredAvatar("/uploads/../../etc/passwd")).resolves.toBeUndefined();
    await expect(deleteStoredAvatar(null)).resolves.toBeUndefined();
  });
});

describe("local folder storage", () => {
  it("round-trips files and refuses keys that could leave its folder", async () => {
    const files = localFolderStorage(path.join(uploadDir, "unit"));
    const bytes = new Uint8Array([1, 2, 3]);
    await files.put("avatars/a-1.png", bytes, "image/png");
    expect(await files.get("avatars/a-1.png")).toEqual({ bytes, contentType: "image/png" });
    expect(await readdir(path.join(uploadDir, "unit", "avatars"))).toEqual(["a-1.png"]);
    await files.delete("avatars/a-1.png");
    await files.delete("avatars/a-1.png");
    expect(await files.get("avatars/a-1.png")).toBeNull();
    for (const key of ["../x.png", "avatars/../../x.png", "/etc/passwd", "avatars\\x.png", ".env", "avatars/.x.png", "avatars/x.png\0", "avatars/%2e%2e.png", "Avatars/x.png", ""]) {
      await expect(files.put(key, bytes, "image/png"), key).rejects.toThrow(/Invalid storage key/);
      await expect(files.get(key), key).rejects.toThrow(/Invalid storage key/);
    }
    await expect(files.put("avatars/x.png", bytes, "image/jpeg")).rejects.toThrow(/content type/);
  });
});

describe("avatar routes", () => {
  const ip = uniqueIp();
  const bearerFor = async (user: { email: string }) => `Bearer ${(await apiLogin({ email: user.email, password: TEST_PASSWORD }, { ip })).accessToken}`;
  const params = (userId: number | string) => ({ params: Promise.resolve({ userId: String(userId) }) });
  const url = (userId: number | string) => `http://test.local/api/v1/users/${userId}/avatar`;

  async function put(userId: number, authorization: string, body: BodyInit, headers: Record<string, string> = {}) {
    const response = await PUT(new Request(url(userId), { method: "PUT", headers: { authorization, ...headers }, body }), params(userId));
    return { status: response.status, body: await response.json() };
  }

  const form = async (field: string, bytes: Uint8Array, name = "me.png", type = "image/png") => {
    const data = new FormData();
    data.set(field, new Blob([bytes.slice()], { type }), name);
    return data;
  };

  it("uploads through multipart (field avatar or file), serves the file, and deletes it", async () => {
    const user = await makeUser();
    const authorization = await bearerFor(user);
    const uploaded = await put(user.id, authorization, await form("avatar", await jpegWithExif(), "me.jpg", "image/jpeg"));
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ success: true, message: "Successfully updated the profile picture.", data: { user: { id: user.id } } });
    const again = await put(user.id, authorization, await form("file", await png()));
    expect(again.status).toBe(200);
    const avatarUrl: string = again.body.data.user.avatarUrl;
    expect(avatarUrl).toMatch(AVATAR_URL);

    const served = await getUpload(new Request(`http://test.local${avatarUrl}`), { params: Promise.resolve({ path: avatarUrl.split("/").slice(2) }) });
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "cache-control": "public, max-age=31536000, immutable",
      "content-security-policy": "default-src 'none'",
      "content-disposition": "inline",
    });
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(512);

    const removed = await DELETE(new Request(url(user.id), { method: "DELETE", headers: { authorization } }), params(user.id));
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ message: "Successfully removed the profile picture.", data: { user: { avatarUrl: null } } });
    const gone = await getUpload(new Request(`http://test.local${avatarUrl}`), { params: Promise.resolve({ path: avatarUrl.split("/").slice(2) }) });
    expect(gone.status).toBe(404);
  });

  it("answers 415 for a body that is not multipart, 400 without a file, 413 for a large body, 401 without a token", async () => {
    const user = await makeUser();
    const authorization = await bearerFor(user);
    expect((await put(user.id, authorization, JSON.stringify({ avatar: "x" }), { "content-type": "application/json" })).status).toBe(415);
    const missing = await put(user.id, authorization, await form("picture", await png()));
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: "avatar", message: expect.any(String) }]);
    const declared = await put(user.id, authorization, "x", { "content-type": "multipart/form-data; boundary=x", "content-length": String(3 * 1024 * 1024) });
    expect(declared.status).toBe(413);
    const big = new Uint8Array(3 * 1024 * 1024);
    expect((await put(user.id, authorization, await form("avatar", big))).status).toBe(413);
    const text = await put(user.id, authorization, await form("avatar", new TextEncoder().encode("hello world"), "me.png", "image/png"));
    expect(text.status).toBe(415);
    expect((await put(user.id, "", await form("avatar", await png()))).status).toBe(401);
  });

  it("hides another user's account (404) and serves nothing but stored avatars", async () => {
    const [owner, other] = await Promise.all([makeUser(), makeUser()]);
    expect((await put(owner.id, await bearerFor(other), await form("avatar", await png()))).status).toBe(404);
    for (const segments of [["avatars", "00000000-0000-0000-0000-000000000000.png"], ["..", "package.json"], ["avatars", "..", "..", "package.json"], ["unit", "avatars", "a-1.png"], ["avatars"]]) {
      const response = await getUpload(new Request("http://test.local/uploads/x"), { params: Promise.resolve({ path: segments }) });
      expect(response.status, segments.join("/")).toBe(404);
    }
  });
});
