// Course cover upload (multipart, field "cover" or "file") and removal. The body is read with
// a cap; the exact size rule and every image check live in lib/courses/cover.ts.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { MAX_COVER_BODY_BYTES } from "@/lib/courses/course-limits";
import { coverFileFrom, removeCourseCover, setCourseCover } from "@/lib/courses/cover";
import { ZCourseDetail } from "@/lib/courses/view-schemas";

const params = z.object({ courseId: ZPathId("courseId") });

const ZCoverUpload = z.instanceof(FormData).meta({
  override: {
    type: "object",
    properties: { cover: { type: "string", format: "binary", description: "PNG, JPEG or WebP, at most 5 MB (also accepted as `file`)" } },
    required: ["cover"],
  },
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/cover", {
  PUT: route({
    summary: "Upload a course cover image",
    description:
      "Its teacher or an admin. The type is decided by the file's bytes; the image is cropped to 2:1 and stored without metadata as WebP in the widths 480, 960 and 1600 that it fills (`coverImageVariants`); `coverImageUrl` is the widest.",
    tags: ["Courses"],
    auth: "required",
    roles: TEACHING_ROLES,
    params,
    bodyType: "multipart",
    maxBodyBytes: MAX_COVER_BODY_BYTES,
    tooLargeMessage: { key: "coverTooLarge" },
    body: ZCoverUpload,
    data: z.object({ course: ZCourseDetail }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      message: { key: "courseCoverUpdated" },
      data: { course: await setCourseCover(actor, params.courseId, await coverFileFrom(body)) },
    }),
  }),
  DELETE: route({
    summary: "Remove a course cover image",
    description: "Its teacher or an admin; the course shows its generated cover again.",
    tags: ["Courses"],
    auth: "required",
    roles: TEACHING_ROLES,
    params,
    data: z.object({ course: ZCourseDetail }),
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "courseCoverRemoved" }, data: { course: await removeCourseCover(actor, params.courseId) } }),
  }),
});
