// Profile picture upload (multipart, field "avatar" or "file") and removal. The body is read
// with a cap, so neither a false Content-Length nor a chunked upload can exhaust memory;
// the exact 2 MB rule and every image check live in lib/users/avatar.ts.
import { parseId } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/errors";
import { MAX_AVATAR_BYTES, removeAvatar, setAvatar } from "@/lib/users/avatar";

type Params = { userId: string };

/** The file plus room for the multipart boundaries and part headers. */
const MAX_BODY_BYTES = MAX_AVATAR_BYTES + 512 * 1024;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", "Profile pictures must be 2 MB or smaller.");

async function readCapped(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function readAvatarFile(req: Request) {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", 'Send the image as multipart/form-data in the field "avatar".');
  }
  const body = await readCapped(req, MAX_BODY_BYTES);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart body could not be read.");
  }
  const file = form.get("avatar") ?? form.get("file");
  if (!(file instanceof Blob) || file.size === 0) {
    throw new AppError("BAD_REQUEST", "No image was uploaded.", { fieldErrors: [{ field: "avatar", message: "Choose a PNG or JPEG image to upload." }] });
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), size: file.size };
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
