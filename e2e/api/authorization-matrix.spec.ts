// Who may call what: every /api/v1 operation × six actors, over real HTTP, with the exact
// status each one must get. The rows (one file per area in ./matrix) are checked against the
// OpenAPI document, which is generated from the route declarations: a new route without rows
// fails this file.
import type { APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db";
import { makeEnrollment } from "../../tests/factories";
import { expect, type Make, test, type TestUser } from "../support/fixtures";
import { billingAdminRows } from "./matrix/billing-admin-rows";
import { categoryRows } from "./matrix/categories-rows";
import { certificateRows } from "./matrix/certificates-rows";
import { courseRows } from "./matrix/courses-rows";
import { curriculumRows } from "./matrix/curriculum-rows";
import { discussionRows } from "./matrix/discussions-rows";
import { enrollmentRows } from "./matrix/enrollments-rows";
import { fileRows } from "./matrix/files-rows";
import { learningRows } from "./matrix/learning-rows";
import { platformRows } from "./matrix/platform-rows";
import { teachingRows } from "./matrix/teaching-rows";
import { adminRows } from "./matrix/admin-rows";
import { type Account, ACTORS, type Actor, type Call, type Member, type Row, type World } from "./matrix/types";

const rows: Row[] = [...platformRows, ...categoryRows, ...courseRows, ...curriculumRows, ...fileRows, ...teachingRows, ...certificateRows, ...enrollmentRows, ...learningRows, ...discussionRows, ...billingAdminRows, ...adminRows];

const ROLES: Record<Member, "STUDENT" | "TEACHER" | "ADMIN"> = { student: "STUDENT", otherStudent: "STUDENT", teacher: "TEACHER", otherTeacher: "TEACHER", admin: "ADMIN" };
const json = { "content-type": "application/json" };

/** The world of matrix/types.ts; the fixtures delete it afterwards. */
async function makeWorld(make: Make, tokenFor: (user: TestUser) => Promise<string>): Promise<World> {
  const entries = await Promise.all(
    (Object.keys(ROLES) as Member[]).map(async (member) => {
      const user = await make.user({ role: ROLES[member] });
      return [member, { id: user.id, email: user.email, token: await tokenFor(user) }] as const;
    }),
  );
  const accounts = Object.fromEntries(entries) as Record<Member, Account>;
  const draft = await make.course({ teacherId: accounts.teacher.id, status: "DRAFT" });
  const published = await make.course({
    teacherId: accounts.teacher.id,
    outline: [{ title: "Basics", contents: [{ title: "Welcome", type: "LESSON", body: "Hello." }] }],
  });
  const [module] = await db.module.findMany({ where: { courseId: published.id }, include: { contents: true } });
  await makeEnrollment({ studentId: accounts.student.id, courseId: published.id });
  return {
    accounts,
    draftCourseId: draft.id,
    publishedCourseId: published.id,
    publishedModuleId: module!.id,
    publishedLessonId: module!.contents[0]!.id,
  };
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
      const call = await row.call(cellWorld, request, make);
      const token = actor === "anonymous" ? undefined : cellWorld.accounts[actor].token;
      const response = await send(request, method, call, token);
      outcomes[actor] = response.status();
      // Every answer is an envelope but a download's success, which is the file itself.
      if (!(response.ok() && !response.headers()["content-type"]?.startsWith("application/json"))) {
        expect((await response.json()).statusCode ?? response.status(), `${row.op} as ${actor}: envelope`).toBe(response.status());
      }
    }
    const expected = typeof row.expect === "number" ? Object.fromEntries(ACTORS.map((actor) => [actor, row.expect])) : row.expect;
    expect(outcomes).toEqual(expected);
  });
}
