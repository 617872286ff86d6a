// The authorization matrix's vocabulary: the six actors, the world every row starts from,
// and the common expectations. Each area keeps its rows in a file of its own here.
import type { APIRequestContext } from "@playwright/test";
import { expect, type Make, TEST_PASSWORD } from "../../support/fixtures";

export const ACTORS = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher", "admin"] as const;
export type Actor = (typeof ACTORS)[number];
export type Member = Exclude<Actor, "anonymous">;
export type Account = { id: number; email: string; token: string };
/**
 * Made fresh for every row: five accounts; a draft course of `teacher`; a published course
 * of `teacher` with one module holding a lesson, in which `student` is enrolled (In Progress)
 * and `otherStudent` is not.
 */
export type World = {
  accounts: Record<Member, Account>;
  draftCourseId: number;
  publishedCourseId: number;
  publishedModuleId: number;
  publishedLessonId: number;
};
export type Call = {
  path: string;
  data?: unknown;
  form?: Record<string, string>;
  multipart?: Record<string, { name: string; mimeType: string; buffer: Buffer }>;
};
export type Row = {
  /** "METHOD /path" exactly as in the OpenAPI document. */
  op: string;
  /** Each cell gets a world of its own, for calls that end sessions or delete things. */
  fresh?: boolean;
  /** make: for rows that need more than the world (tracked, deleted after the test). */
  call: (world: World, request: APIRequestContext, make: Make) => Call | Promise<Call>;
  expect: number | Record<Actor, number>;
};

/** Only the account itself and admins: everyone else is told it does not exist. */
export const ownerOrAdmin = { anonymous: 401, student: 200, otherStudent: 404, teacher: 404, otherTeacher: 404, admin: 200 };
export const adminsOnly = (success: number) => ({ anonymous: 401, student: 403, otherStudent: 403, teacher: 403, otherTeacher: 403, admin: success });
export const anyMember = { anonymous: 401, student: 200, otherStudent: 200, teacher: 200, otherTeacher: 200, admin: 200 };
/** A draft: only its teacher and admins see it. */
export const draftVisibility = { anonymous: 404, student: 404, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200 };

export async function tokens(request: APIRequestContext, email: string) {
  const response = await request.post("/api/v1/auth/login", { data: { email, password: TEST_PASSWORD } });
  expect(response.status()).toBe(200);
  return (await response.json()).data as { accessToken: string; refreshToken: string };
}
