// Profile picture upload (multipart, field "avatar" or "file") and removal. The body is read
// with a cap, so neither a false Content-Length nor a chunked upload can exhaust memory;
// the exact 2 MB rule and every image check live in lib/users/avatar.ts.
import { parseId, readBodyCapped } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/errors";
import { avatarFileFrom, MAX_AVATAR_BYTES, removeAvatar, setAvatar } from "@/lib/users/avatar";

type Params = { userId: string };

/** The file plus room for the multipart boundaries and part headers. */
const MAX_BODY_BYTES = MAX_AVATAR_BYTES + 512 * 1024;

async function readAvatarFile(req: Request) {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", 'Send the image as multipart/form-data in the field "avatar".');
  }
  const body = await readBodyCapped(req, MAX_BODY_BYTES, "Profile pictures must be 2 MB or smaller.");
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart body could not be read.");
  }
  return avatarFileFrom(form);
}

export const PUT = withApi<Params>(
  async ({ req, params, actor }) => {
    const userId = parseId(params.userId, "userId");
    const user = await setAvatar(actor, userId, await readAvatarFile(req));
    return { message: "Successfully updated the profile picture.", data: { user } };
  },
  { auth: "required" },
);

export const DELETE = withApi<Params>(
  async ({ params, actor }) => ({ message: "Successfully removed the profile picture.", data: { user: await removeAvatar(actor, parseId(params.userId, "userId")) } }),
  { auth: "required" },
);
