// Authentication, users and the read-only catalog.
import { readFileSync } from "node:fs";
import { unique } from "../../../tests/factories";
import { TEST_PASSWORD } from "../../support/fixtures";
import { adminsOnly, anyMember, draftVisibility, ownerOrAdmin, type Row, tokens } from "./types";

const avatar = { avatar: { name: "avatar.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/avatar.png") } };

export const platformRows: Row[] = [
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
