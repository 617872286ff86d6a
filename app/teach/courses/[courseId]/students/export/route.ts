// The students list as CSV for the signed-in teacher (web session): the "Download CSV" link of
// the Students tab, with the list's search, filter and sort. API clients use
// GET /api/v1/courses/{courseId}/students?format=csv.
import { getLocale } from "next-intl/server";
import { ZPathId } from "@/lib/api/contract-schemas";
import { getSessionActor } from "@/lib/auth/session";
import { courseStudentsCsv, csvResponse } from "@/lib/course-students/students-csv";
import { AppError, wordError } from "@/lib/errors";

const textResponse = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

export async function GET(req: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  const url = new URL(req.url);
  const actor = await getSessionActor();
  if (!actor) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
    return Response.redirect(login, 303);
  }
  const locale = await getLocale();
  try {
    const id = ZPathId("courseId").safeParse(courseId);
    if (!id.success) throw new AppError("NOT_FOUND", { key: "courseNotFound" });
    return csvResponse(await courseStudentsCsv(actor, id.data, Object.fromEntries(url.searchParams), locale));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return textResponse((await wordError(error, locale)).message, error.status);
  }
}
