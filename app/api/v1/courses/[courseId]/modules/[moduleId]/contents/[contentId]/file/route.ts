// The file of a FILE content: upload (multipart, streamed to disk, never held in memory) by
// the course's teacher or an admin, and download by whoever may read the course's content.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { attachContentFile, contentFileFrom, openContentFile } from "@/lib/contents/files";
import { CONTENT_FILE_FIELD } from "@/lib/contents/files-limits";
import { ZFileView } from "@/lib/contents/view-schemas";
import { downloadResponse } from "@/lib/storage/download-response";

const params = z.object({ courseId: ZPathId("courseId"), moduleId: ZPathId("moduleId"), contentId: ZPathId("contentId") });

const ZContentFileUpload = z.unknown().meta({
  override: {
    type: "object",
    properties: {
      [CONTENT_FILE_FIELD]: { type: "string", format: "binary", description: "PDF, ZIP, PPTX, DOCX, XLSX, PNG or JPEG (decided by its bytes), at most 50 MB" },
    },
    required: [CONTENT_FILE_FIELD],
  },
});

const ZFileDownload = z.unknown().meta({
  override: { type: "string", format: "binary", description: "The file, as an attachment under its original name, in the media type its bytes show" },
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/modules/{moduleId}/contents/{contentId}/file", {
  PUT: route({
    summary: "Upload the file of a File content",
    description:
      "Replaces the content's file (the previous one is deleted). The type is decided by the file's bytes (415 for any other); the original file name is kept for downloads, with an extension that matches the bytes.",
    tags: ["Contents"],
    auth: "required",
    params,
    bodyType: "multipart-stream",
    body: ZContentFileUpload,
    data: z.object({ content: ZFileView }),
    errors: [404],
    handler: async ({ actor, params, req }) => ({
      message: { key: "contentFileUploaded" },
      data: { content: await attachContentFile(actor, params, contentFileFrom(req)) },
    }),
  }),
  GET: route({
    summary: "Download the file of a File content",
    description: "For the course's teacher, admins and students whose enrolment is paid. Sent as an attachment that no shared cache keeps.",
    tags: ["Contents"],
    auth: "required",
    params,
    data: ZFileDownload,
    download: true,
    errors: [404],
    handler: async ({ actor, params, req }) => downloadResponse(await openContentFile(actor, params), req.method),
  }),
});
