// NUL bytes and lone surrogates in any text input are a 400 naming the field, never a 500.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { register } from "@/lib/auth/register";
import {
  ZChangePasswordInput,
  ZEmailInput,
  ZRefreshInput,
  ZRegisterInput,
  ZResetPasswordInput,
  ZSignInForm,
  ZSignInInput,
  ZTokenInput,
} from "@/lib/auth/schemas";
import { getCourse } from "@/lib/courses/get-course";
import { listCourses } from "@/lib/courses/list-courses";
import { ZCourseListQuery, ZCourseRef } from "@/lib/courses/schemas";
import { parseInput } from "@/lib/errors";
import { INVALID_TEXT } from "@/lib/shared/text";
import { listUsers } from "@/lib/users/list-users";
import { ZAdminUpdateUserInput, ZCreateUserInput, ZUpdateProfileInput, ZUserListQuery } from "@/lib/users/schemas";
import { makeUser, TEST_PASSWORD, uniqueIp } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

const token = "0123456789abcdef".repeat(4);
const passphrase = "a long passphrase";
const account = { fullName: "Ana Lestari", email: "ana@example.test", password: passphrase, username: "ana.lestari" };

// Every string field of every input schema, each with an input that is valid as a whole.
const cases: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  ["ZRegisterInput", ZRegisterInput, account, ["fullName", "email", "password", "username"]],
  ["ZSignInForm", ZSignInForm, { identifier: "ana@example.test", password: passphrase }, ["identifier", "password"]],
  ["ZSignInInput", ZSignInInput, { identifier: "ana", password: passphrase }, ["identifier", "password"]],
  ["ZSignInInput (email)", ZSignInInput, { email: "ana@example.test", password: passphrase }, ["email"]],
  ["ZSignInInput (username)", ZSignInInput, { username: "ana", password: passphrase }, ["username"]],
  ["ZTokenInput", ZTokenInput, { token }, ["token"]],
  ["ZEmailInput", ZEmailInput, { email: "ana@example.test" }, ["email"]],
  ["ZResetPasswordInput", ZResetPasswordInput, { token, newPassword: passphrase, confirmNewPassword: passphrase }, ["token", "newPassword", "confirmNewPassword"]],
  ["ZChangePasswordInput", ZChangePasswordInput, { oldPassword: "the old one", newPassword: passphrase, confirmNewPassword: passphrase }, ["oldPassword", "newPassword", "confirmNewPassword"]],
  ["ZRefreshInput", ZRefreshInput, { refreshToken: "opaque-refresh-token" }, ["refreshToken"]],
  ["ZUserListQuery", ZUserListQuery, { q: "ana" }, ["q"]],
  ["ZCreateUserInput", ZCreateUserInput, account, ["email", "password", "fullName", "username"]],
  ["ZUpdateProfileInput", ZUpdateProfileInput, { ...account, currentPassword: passphrase }, ["fullName", "username", "email", "currentPassword"]],
  ["ZAdminUpdateUserInput", ZAdminUpdateUserInput, { ...account, currentPassword: passphrase }, ["fullName", "username", "email", "currentPassword"]],
  ["ZCourseListQuery", ZCourseListQuery, { q: "typescript" }, ["q"]],
  ["ZCourseRef", ZCourseRef, { slug: "intro-to-typescript" }, ["slug"]],
];

// Passwords whose fields must agree get the same bad value, so only the character is wrong.
const twins: Record<string, string> = { newPassword: "confirmNewPassword", confirmNewPassword: "newPassword" };

const rows = cases.flatMap(([name, schema, valid, fields]) =>
  fields.flatMap((field) =>
    [
      ["NUL", "\u0000"],
      ["lone high surrogate", "\ud800"],
      ["lone low surrogate", "\udc00"],
    ].map(([what, bad]) => ({ name, schema, valid, field, what: what!, bad: bad! })),
  ),
);

describe("text inputs", () => {
  it.each(cases)("%s accepts its valid example", (_name, schema, valid) => {
    expect(() => parseInput(schema, valid)).not.toThrow();
  });

  it.each(rows)("$name, field $field: $what → 400 on that field", async ({ schema, valid, field, bad }) => {
    const value = String(valid[field]);
    const tainted = `${value.slice(0, 2)}${bad}${value.slice(2)}`;
    const twin = twins[field];
    const input = { ...valid, [field]: tainted, ...(twin && twin in valid ? { [twin]: tainted } : {}) };
    const error = await fail(() => parseInput(schema, input));
    expect(error?.status).toBe(400);
    const expected = [{ field, message: INVALID_TEXT }, ...(twin && twin in valid ? [{ field: twin, message: INVALID_TEXT }] : [])];
    expect(error?.fieldErrors).toEqual(expect.arrayContaining(expected));
    expect(error?.fieldErrors).toHaveLength(expected.length);
  });

  it("accepts emoji and other characters outside the Basic Multilingual Plane", () => {
    expect(parseInput(ZRegisterInput, { ...account, fullName: "Ana 😀 𝔏𝔢𝔰𝔱𝔞𝔯𝔦" }).fullName).toBe("Ana 😀 𝔏𝔢𝔰𝔱𝔞𝔯𝔦");
    expect(parseInput(ZRegisterInput, { ...account, password: "🔑🔑 passphrase" }).password).toBe("🔑🔑 passphrase");
  });
});

// Every object schema exported by a lib/**/schemas.ts (and the shared list query), so that a
// field added later is covered without editing this file.
const schemaFiles = readdirSync("lib", { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "schemas.ts")
  .map((file) => path.join("lib", file))
  .concat("lib/shared/pagination.ts");

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The schema under optional/default wrappers and pipes: what the raw input meets first. */
function base(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return base(def.innerType);
  if (def.type === "pipe") return defOf(def.in!).type === "transform" ? base(def.out!) : base(def.in!);
  return schema;
}

async function textFields() {
  const found: { schema: string; object: z.ZodType; field: string }[] = [];
  for (const file of schemaFiles) {
    const exports: Record<string, unknown> = await import(path.resolve(file));
    for (const [name, value] of Object.entries(exports)) {
      if (!(value instanceof z.ZodType) || defOf(base(value)).type !== "object") continue;
      for (const [field, schema] of Object.entries(defOf(base(value)).shape!)) {
        if (defOf(base(schema)).type === "string") found.push({ schema: `${file}: ${name}`, object: value, field });
      }
    }
  }
  return found;
}

describe("every text field of every input schema", () => {
  it("refuses a NUL byte and a lone surrogate with a field error", async () => {
    const fields = await textFields();
    expect(fields.length).toBeGreaterThanOrEqual(30);
    for (const { schema, object, field } of fields) {
      for (const bad of ["a\u0000b", "a\ud800b"]) {
        const error = await fail(() => parseInput(object, { [field]: bad }));
        expect(error?.fieldErrors, `${schema}.${field}`).toContainEqual({ field, message: INVALID_TEXT });
      }
    }
  });
});

// The use cases that took these to PostgreSQL before, and answered 500.
describe("use cases given NUL bytes or lone surrogates", () => {
  it("sign-in answers 400 on the identifier", async () => {
    for (const identifier of ["ana\u0000@example.test", "ana\ud800@example.test", "\ud800"]) {
      const error = await fail(authenticate({ email: identifier, password: TEST_PASSWORD }, { ip: uniqueIp() }));
      expect([error?.status, error?.fieldErrors]).toEqual([400, [{ field: "email", message: INVALID_TEXT }]]);
    }
  });

  it("registration answers 400 on the full name", async () => {
    const error = await fail(register({ ...account, fullName: "Ana\u0000Lestari", email: "nul@example.test" }, { ip: uniqueIp() }));
    expect([error?.status, error?.fieldErrors]).toEqual([400, [{ field: "fullName", message: INVALID_TEXT }]]);
  });

  it("catalog and user searches answer 400 on q", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    for (const q of ["type\u0000script", "type\udfffscript"]) {
      for (const search of [listCourses(null, { q }), listUsers(actorOf(admin), { q })]) {
        const error = await fail(search);
        expect([error?.status, error?.fieldErrors]).toEqual([400, [{ field: "q", message: INVALID_TEXT }]]);
      }
    }
  });

  it("a course slug answers 400 on slug", async () => {
    const error = await fail(getCourse(null, { slug: "intro\u0000" }));
    expect([error?.status, error?.fieldErrors]).toEqual([400, [{ field: "slug", message: INVALID_TEXT }]]);
  });
});
