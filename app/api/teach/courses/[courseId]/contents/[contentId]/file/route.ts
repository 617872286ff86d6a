// The curriculum editor's upload of a FILE content's file, for the signed-in teacher or admin
// (web session), through the same use case as PUT /api/v1/.../file. It sits under /api, out of
// proxy.ts's reach, because Next buffers in memory (and cuts off at 10 MB) the body of every
// request the proxy handles, and a 50 MB upload must stream. The answer is an action result,
// worded in the page's language, with the status of what happened.
import { z } from "zod";
import { action } from "@/lib/action";
import { ZPathId } from "@/lib/api/contract-schemas";
import { attachContentFile, contentFileFrom } from "@/lib/contents/files";
import { env } from "@/lib/env";
import { errorStatus, parseInput } from "@/lib/errors";
import { isForeignServerAction } from "@/lib/security/action-origin";

const ZParams = z.object({ courseId: ZPathId("courseId"), contentId: ZPathId("contentId") });

const upload = action(
  async (actor, { req, params }: { req: Request; params: unknown }) => {
    const ref = parseInput(ZParams, params);
    const { file } = await attachContentFile(actor, ref, contentFileFrom(req));
    return file && { name: file.name, size: file.size, type: file.type };
  },
  { auth: "required" },
);

export async function POST(req: Request, { params }: { params: Promise<{ courseId: string; contentId: string }> }) {
  // An upload is a multipart POST, which a browser sends with our cookies from any site: the
  // same origin rule as server actions applies.
  if (isForeignServerAction(req, new URL(env().APP_URL).origin)) return new Response("Cross-origin request refused.", { status: 403 });
  const result = await upload({ req, params: await params });
  const status = result.ok ? 200 : (errorStatus[result.code as keyof typeof errorStatus] ?? 500);
  return Response.json(result, { status, headers: { "Cache-Control": "private, no-store" } });
}
