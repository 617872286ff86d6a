// The reader's assignment submission (web session): text, link and file in one multipart
// form, through the same use case as POST /api/v1/.../complete. It sits under /api, out of
// proxy.ts's reach, because a 50 MB file must stream (see app/api/teach/.../file). The answer
// is an action result, worded in the page's language, with the status of what happened.
import { z } from "zod";
import { action } from "@/lib/action";
import { ZPathId } from "@/lib/api/contract-schemas";
import { env } from "@/lib/env";
import { errorStatus, parseInput } from "@/lib/errors";
import { submitAssignmentForm } from "@/lib/learning/submit-assignment";
import { contentRefOf } from "@/lib/learning/study-content";
import { isForeignServerAction } from "@/lib/security/action-origin";

const ZParams = z.object({ courseId: ZPathId("courseId"), contentId: ZPathId("contentId") });

const submit = action(
  async (actor, { req, params }: { req: Request; params: unknown }) => {
    const { courseId, contentId } = parseInput(ZParams, params);
    const outcome = await submitAssignmentForm(actor, await contentRefOf(courseId, contentId), req);
    return { completed: outcome.completed };
  },
  { auth: "required" },
);

export async function POST(req: Request, { params }: { params: Promise<{ courseId: string; contentId: string }> }) {
  // A multipart POST comes with our cookies from any site: the same origin rule as server actions.
  if (isForeignServerAction(req, new URL(env().APP_URL).origin)) return new Response("Cross-origin request refused.", { status: 403 });
  const result = await submit({ req, params: await params });
  const status = result.ok ? 200 : (errorStatus[result.code as keyof typeof errorStatus] ?? 500);
  return Response.json(result, { status, headers: { "Cache-Control": "private, no-store" } });
}
