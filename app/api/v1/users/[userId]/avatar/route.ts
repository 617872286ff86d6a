// Profile picture upload (multipart, field "avatar" or "file") and removal. The body is read
// with a cap; the exact size rule and every image check live in lib/users/avatar.ts.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ZPathId } from "@/lib/api/contract-schemas";
import { avatarFileFrom, removeAvatar, setAvatar } from "@/lib/users/avatar";
import { MAX_AVATAR_BODY_BYTES } from "@/lib/users/avatar-limits";
import { ZUserView } from "@/lib/users/view-schemas";

const params = z.object({ userId: ZPathId("userId") });

const ZAvatarUpload = z.instanceof(FormData).meta({
  override: {
    type: "object",
    properties: { avatar: { type: "string", format: "binary", description: "PNG or JPEG, at most 2 MB (also accepted as `file`)" } },
    required: ["avatar"],
  },
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/avatar", {
  PUT: route({
    summary: "Upload a profile picture",
    description: "Re-encoded to 512×512 without metadata.",
    tags: ["Users"],
    auth: "required",
    params,
    bodyType: "multipart",
    maxBodyBytes: MAX_AVATAR_BODY_BYTES,
    tooLargeMessage: { key: "avatarTooLarge" },
    body: ZAvatarUpload,
    data: z.object({ user: ZUserView }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      message: { key: "avatarUpdated" },
      data: { user: await setAvatar(actor, params.userId, await avatarFileFrom(body)) },
    }),
  }),
  DELETE: route({
    summary: "Remove the profile picture",
    tags: ["Users"],
    auth: "required",
    params,
    data: z.object({ user: ZUserView }),
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "avatarRemoved" }, data: { user: await removeAvatar(actor, params.userId) } }),
  }),
});
