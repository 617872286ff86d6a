// Modules and contents under both course prefixes, and content files.
import { makeContent, makeModule } from "../../../tests/factories";
import { anyMember, type Row, type World } from "./types";

/** A curriculum write: its teacher and admins; students are stopped by their role, another
 *  teacher by the course (403 when published, 404 for a draft they cannot see). */
const writes = (success: number, course: "published" | "draft" = "published") => ({
  anonymous: 401,
  student: 403,
  otherStudent: 403,
  teacher: success,
  otherTeacher: course === "published" ? 403 : 404,
  admin: success,
});
/** A read of a draft's curriculum: only its teacher and admins see it. */
const draftMember = { anonymous: 401, student: 404, otherStudent: 404, teacher: 200, otherTeacher: 404, admin: 200 };

const lesson = { type: "Lesson", title: "Matrix lesson", body: "Some text." };
const courses = (world: World) => `/api/v1/courses/${world.publishedCourseId}/modules`;
const programs = (world: World) => `/api/v1/programs/${world.publishedCourseId}/modules`;
const contents = (world: World) => `${courses(world)}/${world.publishedModuleId}/contents`;

export const curriculumRows: Row[] = [
  { op: "GET /courses/{courseId}/modules", call: (world) => ({ path: `/api/v1/courses/${world.draftCourseId}/modules` }), expect: draftMember },
  { op: "POST /courses/{courseId}/modules", call: (world) => ({ path: courses(world), data: { title: "Matrix module" } }), expect: writes(201) },
  { op: "GET /courses/{courseId}/modules/{moduleId}", call: (world) => ({ path: `${courses(world)}/${world.publishedModuleId}` }), expect: anyMember },
  { op: "PATCH /courses/{courseId}/modules/{moduleId}", call: (world) => ({ path: `${courses(world)}/${world.publishedModuleId}`, data: { title: "Renamed" } }), expect: writes(200) },
  { op: "PUT /courses/{courseId}/modules/{moduleId}", call: (world) => ({ path: `${courses(world)}/${world.publishedModuleId}`, data: { position: 1 } }), expect: writes(200) },
  {
    op: "DELETE /courses/{courseId}/modules/{moduleId}",
    call: async (world) => ({ path: `/api/v1/courses/${world.draftCourseId}/modules/${(await makeModule({ courseId: world.draftCourseId })).id}` }),
    expect: writes(200, "draft"),
  },
  { op: "GET /programs/{programId}/modules", call: (world) => ({ path: programs(world) }), expect: anyMember },
  { op: "POST /programs/{programId}/modules", call: (world) => ({ path: `/api/v1/programs/${world.draftCourseId}/modules`, data: { title: "Matrix module" } }), expect: writes(201, "draft") },
  {
    op: "GET /programs/{programId}/modules/{moduleId}",
    call: async (world) => ({ path: `/api/v1/programs/${world.draftCourseId}/modules/${(await makeModule({ courseId: world.draftCourseId })).id}` }),
    expect: draftMember,
  },
  { op: "PATCH /programs/{programId}/modules/{moduleId}", call: (world) => ({ path: `${programs(world)}/${world.publishedModuleId}`, data: { description: "New" } }), expect: writes(200) },
  { op: "PUT /programs/{programId}/modules/{moduleId}", call: (world) => ({ path: `${programs(world)}/${world.publishedModuleId}`, data: { title: "Put" } }), expect: writes(200) },
  {
    op: "DELETE /programs/{programId}/modules/{moduleId}",
    call: async (world) => ({ path: `${programs(world)}/${(await makeModule({ courseId: world.publishedCourseId })).id}` }),
    expect: writes(200),
  },
  // Everyone signed in sees a published course's contents: whole, or locked (see curriculum.spec.ts).
  { op: "GET /courses/{courseId}/modules/{moduleId}/contents", call: (world) => ({ path: contents(world) }), expect: anyMember },
  { op: "POST /courses/{courseId}/modules/{moduleId}/contents", call: (world) => ({ path: contents(world), data: lesson }), expect: writes(201) },
  { op: "GET /courses/{courseId}/modules/{moduleId}/contents/{contentId}", call: (world) => ({ path: `${contents(world)}/${world.publishedLessonId}` }), expect: anyMember },
  {
    op: "PATCH /courses/{courseId}/modules/{moduleId}/contents/{contentId}",
    call: (world) => ({ path: `${contents(world)}/${world.publishedLessonId}`, data: { title: "Renamed", position: 1 } }),
    expect: writes(200),
  },
  {
    op: "DELETE /courses/{courseId}/modules/{moduleId}/contents/{contentId}",
    call: async (world) => ({ path: `${contents(world)}/${(await makeContent({ moduleId: world.publishedModuleId })).id}` }),
    expect: writes(200),
  },
];
