// A course's students and submissions, and grading: its teacher and admins only. Another
// teacher sees the published course, so is forbidden (403); students are refused by role.
import { makeAssignmentContent, makeAssignmentSubmission } from "../../../tests/factories";
import type { Row, World } from "./types";

const teachersOnly = { anonymous: 401, student: 403, otherStudent: 403, teacher: 200, otherTeacher: 403, admin: 200 };

/** A submission of `student` to a new assignment in the published course. */
async function submissionPath(world: World) {
  const assignment = await makeAssignmentContent({ moduleId: world.publishedModuleId, title: "Essay" });
  const submission = await makeAssignmentSubmission({ studentId: world.accounts.student.id, contentId: assignment.id, text: "My essay" });
  return `/api/v1/courses/${world.publishedCourseId}/submissions/${submission.id}`;
}

export const teachingRows: Row[] = [
  { op: "GET /courses/{courseId}/students", call: (world) => ({ path: `/api/v1/courses/${world.publishedCourseId}/students` }), expect: teachersOnly },
  { op: "GET /courses/{courseId}/submissions", call: (world) => ({ path: `/api/v1/courses/${world.publishedCourseId}/submissions` }), expect: teachersOnly },
  { op: "PATCH /courses/{courseId}/submissions/{completionId}", call: async (world) => ({ path: await submissionPath(world), data: { grade: 80, feedback: "Good." } }), expect: teachersOnly },
];
