// The students list as CSV for the signed-in teacher (web session): the "Download CSV" link of
// the Students tab, with the list's search, filter and sort. API clients use
// GET /api/v1/courses/{courseId}/students?format=csv.
import { ZPathId } from "@/lib/api/contract-schemas";
import { sessionCsv } from "@/lib/api/session-csv";
import { courseStudentsCsv } from "@/lib/course-students/students-csv";
import { AppError } from "@/lib/errors";

export async function GET(req: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return sessionCsv(req, (actor, query, locale) => {
    const id = ZPathId("courseId").safeParse(courseId);
    if (!id.success) throw new AppError("NOT_FOUND", { key: "courseNotFound" });
    return courseStudentsCsv(actor, id.data, query, locale);
  });
}
