// A client walks the whole endpoint table of seed 001 over real HTTP, as one story: a new
// student registers, enrols, pays, completes, gets a certificate and talks in a forum,
// while an admin administers. Every answer must be the contract's envelope with the
// documented status and message; the walk must cover every row of the table.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { unique } from "../../tests/factories";
import { latestMail, linkIn, tokenOf, uniqueEmail } from "../support/accounts";
import { expect, TEST_PASSWORD, test } from "../support/fixtures";

/** The seed-001 table, row by row. */
const CONTRACT = [
  "POST /api/v1/auth/register",
  "POST /api/v1/auth/login",
  "POST /api/v1/auth/logout",
  "POST /api/v1/auth/forgot-password",
  "POST /api/v1/auth/reset-password",
  "GET /api/v1/users",
  "GET /api/v1/users/{userId}",
  "POST /api/v1/users",
  "PATCH /api/v1/users/{userId}",
  "DELETE /api/v1/users/{userId}",
  "GET /api/v1/users/{userId}/enrollments",
  "GET /api/v1/users/{userId}/enrollments/{enrollmentId}",
  "POST /api/v1/users/{userId}/enrollments",
  "PATCH /api/v1/users/{userId}/enrollments/{enrollmentId}",
  "DELETE /api/v1/users/{userId}/enrollments/{enrollmentId}",
  "GET /api/v1/users/{userId}/certificates",
  "GET /api/v1/users/{userId}/certificates/{certificateId}",
  "POST /api/v1/users/{userId}/certificates",
  "PATCH /api/v1/users/{userId}/certificates/{certificateId}",
  "DELETE /api/v1/users/{userId}/certificates/{certificateId}",
  "GET /api/v1/programs",
  "GET /api/v1/programs/{programId}",
  "POST /api/v1/programs",
  "PATCH /api/v1/programs/{programId}",
  "DELETE /api/v1/programs/{programId}",
  "GET /api/v1/programs/{programId}/modules",
  "GET /api/v1/programs/{programId}/modules/{moduleId}",
  "POST /api/v1/programs/{programId}/modules",
  "PATCH /api/v1/programs/{programId}/modules/{moduleId}",
  "DELETE /api/v1/programs/{programId}/modules/{moduleId}",
  "GET /api/v1/discussions",
  "GET /api/v1/discussions/{discussionId}",
  "POST /api/v1/discussions",
  "PATCH /api/v1/discussions/{discussionId}",
  "DELETE /api/v1/discussions/{discussionId}",
  "GET /api/v1/discussions/{discussionId}/comments",
  "GET /api/v1/discussions/{discussionId}/comments/{commentId}",
  "POST /api/v1/discussions/{discussionId}/comments",
  "PATCH /api/v1/discussions/{discussionId}/comments/{commentId}",
  "DELETE /api/v1/discussions/{discussionId}/comments/{commentId}",
  "POST /api/v1/discussions/{discussionId}/comments/{commentId}/reply",
  "POST /api/v1/discussions/{discussionId}/comments/{commentId}/like",
  "POST /api/v1/discussions/{discussionId}/comments/{commentId}/unlike",
] as const;
type Row = (typeof CONTRACT)[number];

type Body = { success: boolean; statusCode: number; message: string; data: unknown; errors: null; pagination?: unknown };
/** What the walk reads back from `data`. */
type Data = {
  accessToken: string;
  user: { id: number };
  program: { id: number };
  module: { id: number };
  enrollment: { id: number };
  certificate: { id: number };
  certificates: [{ id: number }];
  discussion: { id: number };
  discussions: { programId: number | null }[];
  comment: { id: number; likesCount: number; likedByMe: boolean; repliesCount: number; deleted: boolean };
};

test("a client walking the seed-001 table gets the documented status, envelope and message from every endpoint", async ({ request, make, apiTokenFor }) => {
  test.setTimeout(90_000);
  const walked = new Set<Row>();
  /** Calls one row and checks the envelope; returns `data`. */
  async function call(row: Row, send: (api: APIRequestContext) => Promise<APIResponse>, status: number, message: string) {
    const response = await send(request);
    const body = (await response.json()) as Body;
    expect({ row, status: response.status(), success: body.success, statusCode: body.statusCode, message: body.message, errors: body.errors }).toEqual({
      row,
      status,
      success: true,
      statusCode: status,
      message,
      errors: null,
    });
    expect(Object.keys(body).sort(), row).toEqual(["data", "errors", "message", "statusCode", "success", ...(body.pagination ? ["pagination"] : [])].sort());
    walked.add(row);
    return body.data as Data;
  }
  const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  const admin = await apiTokenFor(await make.user({ role: "ADMIN" }));
  const teacher = await make.user({ role: "TEACHER" });

  // Auth: register, activate (mail), log in.
  const email = uniqueEmail("walk");
  const registered = await call("POST /api/v1/auth/register", (api) => api.post("/api/v1/auth/register", { data: { fullName: "Walk Student", email, password: TEST_PASSWORD } }), 201, "Successfully registered a new user account.");
  const studentId = registered.user.id;
  await request.post("/api/v1/auth/activate", { data: { token: tokenOf(linkIn(await latestMail(request, email, /activate/i), "/activate")) } });
  const login = () => call("POST /api/v1/auth/login", (api) => api.post("/api/v1/auth/login", { data: { email, password: TEST_PASSWORD } }), 200, "Successfully logged in.");
  let student = (await login()).accessToken;

  // Users, as the student (self) and the admin.
  await call("GET /api/v1/users/{userId}", (api) => api.get(`/api/v1/users/${studentId}`, as(student)), 200, "Successfully retrieved user data.");
  await call("PATCH /api/v1/users/{userId}", (api) => api.patch(`/api/v1/users/${studentId}`, { ...as(student), data: { fullName: "Walk Student Renamed" } }), 200, "Successfully updated user data.");
  await call("GET /api/v1/users", (api) => api.get(`/api/v1/users?q=${encodeURIComponent(email)}`, as(admin)), 200, "Successfully retrieved all user data.");
  const created = await call(
    "POST /api/v1/users",
    (api) => api.post("/api/v1/users", { ...as(admin), data: { fullName: "Made By Admin", email: uniqueEmail("walk-made"), password: TEST_PASSWORD } }),
    201,
    "Successfully created a new user account.",
  );

  // Programs and modules, as the admin.
  const program = await call(
    "POST /api/v1/programs",
    (api) => api.post("/api/v1/programs", { ...as(admin), data: { title: unique("Walk program"), description: "A program walked through the contract.", teacherId: teacher.id, priceIDR: 100_000 } }),
    201,
    "Successfully created a new program.",
  );
  const programId: number = program.program.id;
  const first = await call("POST /api/v1/programs/{programId}/modules", (api) => api.post(`/api/v1/programs/${programId}/modules`, { ...as(admin), data: { title: "Getting started" } }), 201, "Successfully created a new module.");
  const moduleId = first.module.id;
  await request.post(`/api/v1/courses/${programId}/modules/${moduleId}/contents`, { ...as(admin), data: { title: "Welcome", type: "Lesson", body: "Hello." } });
  const spare = await call("POST /api/v1/programs/{programId}/modules", (api) => api.post(`/api/v1/programs/${programId}/modules`, { ...as(admin), data: { title: "Spare" } }), 201, "Successfully created a new module.");
  await call("PATCH /api/v1/programs/{programId}/modules/{moduleId}", (api) => api.patch(`/api/v1/programs/${programId}/modules/${moduleId}`, { ...as(admin), data: { title: "First steps" } }), 200, "Successfully updated module details.");
  await call("DELETE /api/v1/programs/{programId}/modules/{moduleId}", (api) => api.delete(`/api/v1/programs/${programId}/modules/${spare.module.id}`, as(admin)), 200, "Successfully deleted a module.");
  await call("PATCH /api/v1/programs/{programId}", (api) => api.patch(`/api/v1/programs/${programId}`, { ...as(admin), data: { status: "Published" } }), 200, "Successfully updated program details.");
  await call("GET /api/v1/programs", (api) => api.get("/api/v1/programs?limit=5"), 200, "Successfully retrieved all programs.");
  await call("GET /api/v1/programs/{programId}", (api) => api.get(`/api/v1/programs/${programId}`), 200, "Successfully retrieved program details.");
  await call("GET /api/v1/programs/{programId}/modules", (api) => api.get(`/api/v1/programs/${programId}/modules`, as(student)), 200, "Successfully retrieved all modules.");
  await call("GET /api/v1/programs/{programId}/modules/{moduleId}", (api) => api.get(`/api/v1/programs/${programId}/modules/${moduleId}`, as(student)), 200, "Successfully retrieved module details.");

  // Enrolment, as the student; the admin completes it, which issues the certificate.
  const enrolled = await call(
    "POST /api/v1/users/{userId}/enrollments",
    (api) => api.post(`/api/v1/users/${studentId}/enrollments`, { ...as(student), data: { programId } }),
    201,
    "Successfully enrolled to a program. Please complete the payment to access the contents.",
  );
  const enrollmentId: number = enrolled.enrollment.id;
  await call("GET /api/v1/users/{userId}/enrollments", (api) => api.get(`/api/v1/users/${studentId}/enrollments`, as(student)), 200, "Successfully retrieved all program enrollments.");
  await call("GET /api/v1/users/{userId}/enrollments/{enrollmentId}", (api) => api.get(`/api/v1/users/${studentId}/enrollments/${enrollmentId}`, as(student)), 200, "Successfully retrieved program enrollment details.");
  await call(
    "PATCH /api/v1/users/{userId}/enrollments/{enrollmentId}",
    (api) => api.patch(`/api/v1/users/${studentId}/enrollments/${enrollmentId}`, { ...as(admin), data: { status: "Completed" } }),
    200,
    "Successfully updated program enrollment details.",
  );

  // Certificates: the issued one is read, deleted and issued again by the admin, then revoked.
  const listed = await call("GET /api/v1/users/{userId}/certificates", (api) => api.get(`/api/v1/users/${studentId}/certificates`, as(student)), 200, "Successfully retrieved all certificates.");
  const issuedId: number = listed.certificates[0].id;
  await call("GET /api/v1/users/{userId}/certificates/{certificateId}", (api) => api.get(`/api/v1/users/${studentId}/certificates/${issuedId}`, as(student)), 200, "Successfully retrieved certificate details.");
  await call("DELETE /api/v1/users/{userId}/certificates/{certificateId}", (api) => api.delete(`/api/v1/users/${studentId}/certificates/${issuedId}`, as(admin)), 200, "Successfully deleted a certificate.");
  const reissued = await call("POST /api/v1/users/{userId}/certificates", (api) => api.post(`/api/v1/users/${studentId}/certificates`, { ...as(admin), data: { programId } }), 201, "Successfully created a certificate.");
  await call(
    "PATCH /api/v1/users/{userId}/certificates/{certificateId}",
    (api) => api.patch(`/api/v1/users/${studentId}/certificates/${reissued.certificate.id}`, { ...as(admin), data: { revoked: true } }),
    200,
    "Successfully updated certificate details.",
  );

  // Discussions: the student finds their program's Q&A forum; the admin opens a forum, in
  // which the student posts, the admin replies, the student likes the reply twice (it counts
  // once) and unlikes it, edits and deletes their comment; then the admin deletes the forum.
  const forums = await call("GET /api/v1/discussions", (api) => api.get(`/api/v1/discussions?programId=${programId}`, as(student)), 200, "Successfully retrieved all discussion forums.");
  expect(forums.discussions.map((forum) => forum.programId)).toEqual([programId]);
  const forum = await call(
    "POST /api/v1/discussions",
    (api) => api.post("/api/v1/discussions", { ...as(admin), data: { title: unique("Walk forum"), description: "Talk about the walk." } }),
    201,
    "Successfully created a new discussion forum.",
  );
  const forumPath = `/api/v1/discussions/${forum.discussion.id}`;
  await call("GET /api/v1/discussions/{discussionId}", (api) => api.get(forumPath, as(student)), 200, "Successfully retrieved discussion forum details.");
  await call("PATCH /api/v1/discussions/{discussionId}", (api) => api.patch(forumPath, { ...as(admin), data: { description: "Say hello." } }), 200, "Successfully updated discussion forum details.");
  const posted = await call("POST /api/v1/discussions/{discussionId}/comments", (api) => api.post(`${forumPath}/comments`, { ...as(student), data: { body: "Hello **all**!" } }), 201, "Successfully posted a comment.");
  const commentPath = `${forumPath}/comments/${posted.comment.id}`;
  const reply = await call("POST /api/v1/discussions/{discussionId}/comments/{commentId}/reply", (api) => api.post(`${commentPath}/reply`, { ...as(admin), data: { body: "Welcome!" } }), 201, "Successfully replied to the comment.");
  const replyPath = `${forumPath}/comments/${reply.comment.id}`;
  for (let n = 0; n < 2; n++) {
    const liked = await call("POST /api/v1/discussions/{discussionId}/comments/{commentId}/like", (api) => api.post(`${replyPath}/like`, as(student)), 200, "Successfully liked the comment.");
    expect([liked.comment.likesCount, liked.comment.likedByMe]).toEqual([1, true]);
  }
  const unliked = await call("POST /api/v1/discussions/{discussionId}/comments/{commentId}/unlike", (api) => api.post(`${replyPath}/unlike`, as(student)), 200, "Successfully unliked the comment.");
  expect([unliked.comment.likesCount, unliked.comment.likedByMe]).toEqual([0, false]);
  await call("GET /api/v1/discussions/{discussionId}/comments", (api) => api.get(`${forumPath}/comments?sort=mostLiked`, as(student)), 200, "Successfully retrieved all comments.");
  const detail = await call("GET /api/v1/discussions/{discussionId}/comments/{commentId}", (api) => api.get(commentPath, as(student)), 200, "Successfully retrieved comment details.");
  expect(detail.comment.repliesCount).toBe(1);
  await call("PATCH /api/v1/discussions/{discussionId}/comments/{commentId}", (api) => api.patch(commentPath, { ...as(student), data: { body: "Hello everyone!" } }), 200, "Successfully updated the comment.");
  const removed = await call("DELETE /api/v1/discussions/{discussionId}/comments/{commentId}", (api) => api.delete(commentPath, as(student)), 200, "Successfully deleted the comment.");
  expect(removed.comment.deleted).toBe(true);
  await call("DELETE /api/v1/discussions/{discussionId}", (api) => api.delete(forumPath, as(admin)), 200, "Successfully deleted a discussion forum.");

  // Cleaning up, as the admin; then the student's password is forgotten, reset, and they log out.
  await call("DELETE /api/v1/users/{userId}/enrollments/{enrollmentId}", (api) => api.delete(`/api/v1/users/${studentId}/enrollments/${enrollmentId}`, as(admin)), 200, "Successfully deleted a program enrollment.");
  await call("DELETE /api/v1/programs/{programId}", (api) => api.delete(`/api/v1/programs/${programId}`, as(admin)), 200, "Successfully deleted a program.");
  await call("DELETE /api/v1/users/{userId}", (api) => api.delete(`/api/v1/users/${created.user.id}`, as(admin)), 200, "Successfully deleted a user account.");
  await call("POST /api/v1/auth/forgot-password", (api) => api.post("/api/v1/auth/forgot-password", { data: { email } }), 200, "Successfully sent password reset link to your email.");
  const token = tokenOf(linkIn(await latestMail(request, email, /reset/i), "/reset-password"));
  await call("POST /api/v1/auth/reset-password", (api) => api.post("/api/v1/auth/reset-password", { data: { token, newPassword: TEST_PASSWORD, confirmNewPassword: TEST_PASSWORD } }), 200, "Successfully reset your password.");
  student = (await login()).accessToken;
  await call("POST /api/v1/auth/logout", (api) => api.post("/api/v1/auth/logout", as(student)), 200, "Successfully logged out.");
  expect((await request.get(`/api/v1/users/${studentId}`, as(student))).status()).toBe(401);
  await request.delete(`/api/v1/users/${studentId}`, as(admin));

  expect([...walked].sort()).toEqual([...CONTRACT].sort());
});
