// Writing courses (and the programs alias): teachers their own, admins any. Students are
// stopped by the role gate (403); another teacher may see a published course but not change
// it (403), and does not see a draft at all (404). Rows that delete make a course per call.
import { readFileSync } from "node:fs";
import { unique } from "../../../tests/factories";
import type { Row } from "./types";

const cover = { cover: { name: "cover.png", mimeType: "image/png", buffer: readFileSync("e2e/fixtures/avatar.png") } };

const teachers = (success: number) => ({ anonymous: 401, student: 403, otherStudent: 403, teacher: success, otherTeacher: success, admin: success });
/** On `teacher`'s published course. */
const ownerOnPublished = { anonymous: 401, student: 403, otherStudent: 403, teacher: 200, otherTeacher: 403, admin: 200 };
/** On `teacher`'s draft. */
const ownerOnDraft = { anonymous: 401, student: 403, otherStudent: 403, teacher: 200, otherTeacher: 404, admin: 200 };

export const courseRows: Row[] = [
  { op: "POST /courses", call: () => ({ path: "/api/v1/courses", data: { title: unique("Matrix course") } }), expect: teachers(201) },
  { op: "POST /programs", call: () => ({ path: "/api/v1/programs", data: { title: unique("Matrix program") } }), expect: teachers(201) },
  { op: "PATCH /courses/{courseId}", call: (world) => ({ path: `/api/v1/courses/${world.publishedCourseId}`, data: { title: "Renamed" } }), expect: ownerOnPublished },
  { op: "PUT /courses/{courseId}", call: (world) => ({ path: `/api/v1/courses/${world.draftCourseId}`, data: { priceIDR: 150000 } }), expect: ownerOnDraft },
  { op: "PATCH /programs/{programId}", call: (world) => ({ path: `/api/v1/programs/${world.draftCourseId}`, data: { description: "New words." } }), expect: ownerOnDraft },
  { op: "PUT /programs/{programId}", call: (world) => ({ path: `/api/v1/programs/${world.publishedCourseId}`, data: { title: "Renamed program" } }), expect: ownerOnPublished },
  {
    op: "DELETE /courses/{courseId}",
    call: async (world, _request, make) => ({ path: `/api/v1/courses/${(await make.course({ teacherId: world.accounts.teacher.id })).id}` }),
    expect: ownerOnPublished,
  },
  {
    op: "DELETE /programs/{programId}",
    call: async (world, _request, make) => ({ path: `/api/v1/programs/${(await make.course({ teacherId: world.accounts.teacher.id, status: "DRAFT" })).id}` }),
    expect: ownerOnDraft,
  },
  { op: "PUT /courses/{courseId}/cover", call: (world) => ({ path: `/api/v1/courses/${world.publishedCourseId}/cover`, multipart: cover }), expect: ownerOnPublished },
  { op: "DELETE /courses/{courseId}/cover", call: (world) => ({ path: `/api/v1/courses/${world.draftCourseId}/cover` }), expect: ownerOnDraft },
];
