// Grading and a course's students over real HTTP: PATCH a submission (bounds with field
// errors, the passing grade that completes the assignment, the student's mail), the
// submissions list, and the students list as JSON and as CSV.
import { db } from "@/lib/db";
import { makeAssignmentContent, makeAssignmentSubmission, makeEnrollment, makeModule } from "../../tests/factories";
import { expect, type Make, test } from "../support/fixtures";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function assignmentCourse(make: Make) {
  const teacher = await make.user({ role: "TEACHER" });
  const course = await make.course({ teacherId: teacher.id, outline: [{ title: "Basics", contents: [{ title: "Welcome", type: "LESSON" }] }] });
  const outline = await makeModule({ courseId: course.id, title: "Practice" });
  const assignment = await makeAssignmentContent({ moduleId: outline.id, title: "Essay", completionRule: "ON_PASSING_GRADE", passMark: 60 });
  const student = await make.user({ fullName: "Siti, \"the\" Reviewer" });
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id });
  const submission = await makeAssignmentSubmission({ studentId: student.id, contentId: assignment.id, text: "My essay", late: true, completed: false });
  return { teacher, course, assignment, student, enrollment, submission };
}

test("PATCH /api/v1/courses/{id}/submissions/{completionId} grades, completes on a passing grade and mails the student", async ({ request, make, apiTokenFor }) => {
  const { teacher, course, assignment, student, enrollment, submission } = await assignmentCourse(make);
  const token = await apiTokenFor(teacher);
  const path = `/api/v1/courses/${course.id}/submissions/${submission.id}`;

  const tooHigh = await request.patch(path, { headers: bearer(token), data: { grade: 101 } });
  expect(tooHigh.status()).toBe(400);
  expect(await tooHigh.json()).toMatchObject({ success: false, statusCode: 400, message: "Validation failed.", data: null, errors: [{ field: "grade", message: "grade must be at most 100" }] });

  const listed = await request.get(`/api/v1/courses/${course.id}/submissions`, { headers: bearer(token) });
  expect(await listed.json()).toMatchObject({ message: "Successfully retrieved all submissions.", data: { submissions: [{ id: submission.id, late: true, grade: null }] }, pagination: { totalRecords: 1 } });

  const graded = await request.patch(path, { headers: bearer(token), data: { grade: 75, feedback: "## Good\n\nClear argument." } });
  expect(graded.status()).toBe(200);
  const body = await graded.json();
  expect(body).toMatchObject({ success: true, statusCode: 200, message: "Successfully graded the submission.", errors: null });
  expect(body.data.submission).toEqual({
    id: submission.id,
    contentId: assignment.id,
    studentId: student.id,
    text: "My essay",
    url: null,
    fileName: null,
    submittedAt: submission.submittedAt!.toISOString(),
    late: true,
    grade: 75,
    feedback: "## Good\n\nClear argument.",
    gradedAt: expect.stringMatching(/Z$/),
  });
  // Two contents, the assignment now complete: 50 %.
  expect(Number((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).progressPercentage)).toBe(50);

  // The mail is written before the answer is sent.
  const outbox = await db.mailOutbox.findMany({ where: { to: student.email } });
  expect(outbox.map((m) => m.subject)).toEqual(["Your assignment “Essay” was graded"]);
  expect(outbox[0]!.text).toContain(`/learn/${course.slug}/${assignment.id}`);

  const ungraded = await request.get(`/api/v1/courses/${course.id}/submissions`, { headers: bearer(token) });
  expect((await ungraded.json()).data.submissions).toEqual([]);
});

test("GET /api/v1/courses/{id}/students answers JSON with pagination, or CSV on ?format=csv and Accept: text/csv", async ({ request, make, apiTokenFor }) => {
  const { teacher, course, student } = await assignmentCourse(make);
  const token = await apiTokenFor(teacher);
  const json = await request.get(`/api/v1/courses/${course.id}/students?sort=progress`, { headers: bearer(token) });
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({
    message: "Successfully retrieved all students of the course.",
    data: { students: [{ student: { id: student.id, fullName: student.fullName }, status: "In Progress", progressPercentage: 0, assignments: { total: 1, submitted: 1, graded: 0, late: 1 } }] },
    pagination: { currentRecords: 1, totalRecords: 1, currentPage: 1, totalPages: 1 },
  });

  for (const [url, headers] of [
    [`/api/v1/courses/${course.id}/students?format=csv`, bearer(token)],
    [`/api/v1/courses/${course.id}/students`, { ...bearer(token), accept: "text/csv" }],
  ] as const) {
    const csv = await request.get(url, { headers });
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename="${course.slug}-students-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const lines = (await csv.text()).split("\r\n");
    expect(lines[0]).toBe("\uFEFFName,Email,Status,Progress (%),Enrolled at (UTC),Last activity (UTC),Completed at (UTC),Quizzes taken,Quiz average (%),Assignments submitted,Assignments graded,Late submissions");
    expect(lines[1]).toMatch(new RegExp(`^"Siti, ""the"" Reviewer",${student.email},In progress,0,`));
  }

  const indonesian = await request.get(`/api/v1/courses/${course.id}/students?format=csv`, { headers: { ...bearer(token), "accept-language": "id" } });
  expect((await indonesian.text()).split("\r\n")[0]).toMatch(/^\uFEFFNama,Email,Status,Kemajuan/);
  const bad = await request.get(`/api/v1/courses/${course.id}/students?sort=age`, { headers: bearer(token) });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors).toEqual([{ field: "sort", message: expect.any(String) }]);
});
