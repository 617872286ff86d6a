// The teacher's view of a course over the API: its students with their progress (JSON, or
// CSV for spreadsheets), its submissions, and grading one.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { listCourseStudents } from "@/lib/course-students/list-course-students";
import { ZCourseStudentsQuery } from "@/lib/course-students/schemas";
import { courseStudentsCsv } from "@/lib/course-students/students-csv";
import { csvResponse, wantsCsv, ZCsvFormat } from "@/lib/shared/csv";
import { ZCourseStudentView } from "@/lib/course-students/view-schemas";
import { gradeSubmission } from "@/lib/grading/grade-submission";
import { listSubmissions } from "@/lib/grading/list-submissions";
import { ZGradeInput, ZSubmissionListQuery } from "@/lib/grading/schemas";
import { ZSubmissionView } from "@/lib/grading/view-schemas";

const TEACHERS = "The course's teacher or an admin. Another teacher gets 403 on a published course and 404 on a draft; students get 403.";
const courseParams = z.object({ courseId: ZPathId("courseId") });

const ZStudentsQuery = ZCourseStudentsQuery.extend({
  format: ZCsvFormat,
});
const ZStudentsCsv = z.string().meta({ description: "Every matching student, one per line, with a header line; UTF-8 with a byte-order mark" });

export const courseStudentsRoutes = {
  GET: route({
    summary: "List a course's students with their progress",
    description: `One row per student (their live enrolment, else the latest one they left): status, progress, last activity, quiz scores and assignment counts. Search by name or email (\`q\`), filter by \`status\`, sort by \`name\`, \`progress\`, \`activity\` or \`enrolled\` (add \`-desc\`/\`-asc\` for the other direction), paginated. \`format=csv\` or \`Accept: text/csv\` exports every matching student as CSV. ${TEACHERS}`,
    tags: ["Teaching"],
    auth: "required",
    roles: TEACHING_ROLES,
    params: courseParams,
    query: ZStudentsQuery,
    data: z.object({ students: z.array(ZCourseStudentView) }),
    alsoAnswers: { "text/csv": ZStudentsCsv },
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query, req, locale }) => {
      const { format, ...filters } = query;
      if (wantsCsv(req, format)) return csvResponse(await courseStudentsCsv(actor, params.courseId, filters, locale));
      const { students, pagination } = await listCourseStudents(actor, params.courseId, filters);
      return { message: { key: "courseStudentsListed" }, data: { students }, pagination };
    },
  }),
};

export const submissionListRoutes = {
  GET: route({
    summary: "List a course's assignment submissions",
    description: `Oldest submission first. \`status\`: \`ungraded\` (the default: the grading queue), \`graded\` or \`all\`. Paginated. ${TEACHERS}`,
    tags: ["Teaching"],
    auth: "required",
    roles: TEACHING_ROLES,
    params: courseParams,
    query: ZSubmissionListQuery,
    data: z.object({ submissions: z.array(ZSubmissionView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { submissions, pagination } = await listSubmissions(actor, params.courseId, query);
      return { message: { key: "submissionsListed" }, data: { submissions }, pagination };
    },
  }),
};

export const submissionRoutes = {
  PATCH: route({
    summary: "Grade a submission",
    description: `A \`grade\` from 0 to 100 and markdown \`feedback\`; grading again replaces both. An assignment completed on a passing grade is completed (and the student's progress recomputed) by a grade at or above its pass mark, and stays completed. The student is notified by email. A submission of another course, or no assignment submission, is 404. ${TEACHERS}`,
    tags: ["Teaching"],
    auth: "required",
    roles: TEACHING_ROLES,
    params: z.object({ courseId: ZPathId("courseId"), completionId: ZPathId("completionId") }),
    body: ZGradeInput,
    data: z.object({ submission: ZSubmissionView }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      message: { key: "submissionGraded" },
      data: { submission: await gradeSubmission(actor, params.courseId, params.completionId, body) },
    }),
  }),
};
