// The file of a FILE content: its teacher and admins upload; whoever may read the course's
// content (here: its teacher, admins and the enrolled student) downloads.
import type { APIRequestContext } from "@playwright/test";
import { makeContent } from "../../../tests/factories";
import { pdfBytes } from "../../../tests/contents/file-samples";
import type { Row, World } from "./types";

const pdf = { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) };

const fileContentPath = async (world: World) => {
  const content = await makeContent({ moduleId: world.publishedModuleId, type: "FILE", title: "Handout" });
  return `/api/v1/courses/${world.publishedCourseId}/modules/${world.publishedModuleId}/contents/${content.id}/file`;
};

/** A FILE content of the published course whose teacher has uploaded its file. */
async function uploadedFilePath(world: World, request: APIRequestContext) {
  const path = await fileContentPath(world);
  const upload = await request.put(path, { headers: { authorization: `Bearer ${world.accounts.teacher.token}` }, multipart: { file: pdf } });
  if (upload.status() !== 200) throw new Error(`upload for the matrix failed: ${upload.status()}`);
  return path;
}

export const fileRows: Row[] = [
  {
    op: "PUT /courses/{courseId}/modules/{moduleId}/contents/{contentId}/file",
    call: async (world) => ({ path: await fileContentPath(world), multipart: { file: pdf } }),
    expect: { anonymous: 401, student: 403, otherStudent: 403, teacher: 200, otherTeacher: 403, admin: 200 },
  },
  {
    op: "GET /courses/{courseId}/modules/{moduleId}/contents/{contentId}/file",
    call: async (world, request) => ({ path: await uploadedFilePath(world, request) }),
    expect: { anonymous: 401, student: 200, otherStudent: 403, teacher: 200, otherTeacher: 403, admin: 200 },
  },
];
