// Who may call what: every /api/v1 operation × six actors, over real HTTP, with the exact
// status each one must get. The rows are checked against the OpenAPI document, which is
// generated from the route declarations: a new route without rows here fails this file.
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { unique } from "../../tests/factories";
import { expect, type Make, TEST_PASSWORD, test, type TestUser } from "../support/fixtures";

const ACTORS = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher", "admin"] as const;
type Actor = (typeof ACTORS)[number];
type Member = Exclude<Actor, "anonymous">;
type Account = { id: number; email: string; token: string };
type World = { accounts: Record<Member, Account>; draftCourseId: number };
type Call = { path: string; data?: unknown; form?: Record<string, string>; multipart?: Record<string, { name: string; mimeType: string; buffer: Buffer }> };
type Row = {
  /** "METHOD /path" exactly as in the OpenAPI document. */
  op: string;
  /** Each cell gets accounts of its own, for calls that end sessions or delete accounts. */
  fresh?: boolean;
  call: (world: World, request: APIRequestContext) => Call | Promise<Call>;
  expect: number | Record<Actor, number>;
};

const ROLES: Record<Member, "STUDENT" | "TEACHER" | "ADMIN"> = { student: "STUDENT", otherStudent: "STUDENT", teacher: "TEACHER", otherTeacher: "TEACHER", admin: "ADMIN" };
const json = { "content-type": "application/json" };

/** Only the account itself and admins: everyone else is told it does not exist. */
const ownerOrAdmin = { anonymous: 401, student: 200, otherStudent: 404, teacher: 404, otherTeacher: 404, admin: 200 };
const adminsOnly = (success: number) => ({ anonymous: 401, student: 403, otherStudent: 403, teacher: 403, otherTeacher: 403, admin: success });
const anyMember = { anonymous: 401, student: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200 };
/** A draft: only its teacher and admins see it. */
const draftVisibility = { anonymous: 404, student: 404, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200 };

async function tokens(request: APIRequestContext, email: string) {
  const response = await request.post("/api/v1/auth/login", { data: { email, password: TEST_PASSWORD } });
  expect(response.status()).toBe(200);
  return (await response.json()).data as { accessToken: string; refreshToken: string };
}

const avatar = { avatar: { name: "avatar.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/avatar.png") } };

const rows: Row[] = [
  { op: "POST /auth/activate", call: () => ({ path: "/api/v1/auth/activate", data: { token: "0".repeat(64) } }), expect: 400 },
  {
    op: "POST /auth/change-password",
    fresh: true,
    call: () => ({ path: "/api/v1/auth/change-password", data: { oldPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" } }),
    expect: anyMember,
  },
  { op: "POST /auth/forgot-password", call: () => ({ path: "/api/v1/auth/forgot-password", data: { email: `${unique("nobody")}@example.test` } }), expect: 200 },
  { op: "POST /auth/login", call: (world) => ({ path: "/api/v1/auth/login", data: { email: world.accounts.student.email, password: TEST_PASSWORD } }), expect: 200 },
  { op: "POST /auth/logout", fresh: true, call: () => ({ path: "/api/v1/auth/logout" }), expect: anyMember },
  {
    op: "POST /auth/refresh",
    call: async (world, request) => ({ path: "/api/v1/auth/refresh", data: { refreshToken: (await tokens(request, world.accounts.student.email)).refreshToken } }),
    expect: 200,
  },
  {
    op: "POST /auth/register",
    call: () => ({ path: "/api/v1/auth/register", data: { fullName: "Matrix Newcomer", email: `${unique("matrix")}@example.test`, password: "a long passphrase" } }),
    expect: 201,
  },
  { op: "POST /auth/resend-activation", call: () => ({ path: "/api/v1/auth/resend-activation", data: { email: `${unique("nobody")}@example.test` } }), expect: 200 },
  {
    op: "POST /auth/reset-password",
    call: () => ({ path: "/api/v1/auth/reset-password", data: { token: "0".repeat(64), newPassword: "a long passphrase", confirmNewPassword: "a long passphrase" } }),
    expect: 400,
  },
  {
    op: "POST /auth/token",
    call: (world) => ({ path: "/api/v1/auth/token", form: { grant_type: "password", username: world.accounts.student.email, password: TEST_PASSWORD } }),
    expect: 200,
  },
  { op: "GET /courses", call: () => ({ path: "/api/v1/courses" }), expect: 200 },
  { op: "GET /courses/{courseId}", call: (world) => ({ path: `/api/v1/courses/${world.draftCourseId}` }), expect: draftVisibility },
  { op: "GET /programs", call: () => ({ path: "/api/v1/programs" }), expect: 200 },
  { op: "GET /programs/{programId}", call: (world) => ({ path: `/api/v1/programs/${world.draftCourseId}` }), expect: draftVisibility },
  { op: "GET /openapi.json", call: () => ({ path: "/api/v1/openapi.json" }), expect: 200 },
  { op: "GET /users", call: () => ({ path: "/api/v1/users" }), expect: adminsOnly(200) },
  {
    op: "POST /users",
    call: () => ({ path: "/api/v1/users", data: { fullName: "Made By Admin", email: `${unique("made")}@example.test`, password: "a long passphrase", role: "Teacher" } }),
    expect: adminsOnly(201),
  },
  { op: "GET /users/me", call: () => ({ path: "/api/v1/users/me" }), expect: anyMember },
  { op: "GET /users/{userId}", call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}` }), expect: ownerOrAdmin },
  { op: "PATCH /users/{userId}", call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}`, data: { fullName: "Renamed Student" } }), expect: ownerOrAdmin },
  { op: "PUT /users/{userId}", call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}`, data: { fullName: "Renamed Again" } }), expect: ownerOrAdmin },
  { op: "DELETE /users/{userId}", fresh: true, call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}` }), expect: ownerOrAdmin },
  { op: "PUT /users/{userId}/avatar", call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}/avatar`, multipart: avatar }), expect: ownerOrAdmin },
  { op: "DELETE /users/{userId}/avatar", call: (world) => ({ path: `/api/v1/users/${world.accounts.student.id}/avatar` }), expect: ownerOrAdmin },
];

/** Five signed-in accounts and a draft course of the teacher; the fixtures delete them afterwards. */
async function makeWorld(make: Make, tokenFor: (user: TestUser) => Promise<string>): Promise<World> {
  const entries = await Promise.all(
    (Object.keys(ROLES) as Member[]).map(async (member) => {
      const user = await make.user({ role: ROLES[member] });
      return [member, { id: user.id, email: user.email, token: await tokenFor(user) }] as const;
    }),
  );
  const accounts = Object.fromEntries(entries) as Record<Member, Account>;
  const draft = await make.course({ teacherId: accounts.teacher.id, status: "DRAFT" });
  return { accounts, draftCourseId: draft.id };
}

async function send(request: APIRequestContext, method: string, call: Call, token?: string) {
  const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(call.data !== undefined ? json : {}) };
  return request.fetch(call.path, { method, headers, data: call.data, form: call.form, multipart: call.multipart });
}

test("every documented operation has a row, and every row a documented operation", async ({ request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(rows.map((row) => row.op).sort()).toEqual(documented.sort());
});

for (const row of rows) {
  test(`${row.op}`, async ({ request, make, apiTokenFor }) => {
    const world = await makeWorld(make, apiTokenFor);
    const [method] = row.op.split(" ") as [string];
    const outcomes: Partial<Record<Actor, number>> = {};
    for (const actor of ACTORS) {
      const cellWorld = row.fresh ? await makeWorld(make, apiTokenFor) : world;
      const call = await row.call(cellWorld, request);
      const token = actor === "anonymous" ? undefined : cellWorld.accounts[actor].token;
      const response = await send(request, method, call, token);
      outcomes[actor] = response.status();
      expect((await response.json()).statusCode ?? response.status(), `${row.op} as ${actor}: envelope`).toBe(response.status());
    }
    const expected = typeof row.expect === "number" ? Object.fromEntries(ACTORS.map((actor) => [actor, row.expect])) : row.expect;
    expect(outcomes).toEqual(expected);
  });
}
