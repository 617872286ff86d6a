// Completing a content: `{}` for a lesson, video, link or file; `{ answers }` for a quiz;
// `{ text?, url? }` as JSON, or multipart/form-data with `text`, `url` and `file`, for an
// assignment. The body is read here rather than by the wrapper, because one route takes both
// media types and a file must stream.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { MAX_JSON_BODY_BYTES, readBody } from "@/lib/api/request";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { completeContent } from "@/lib/learning/complete-content";
import { submitAssignmentForm } from "@/lib/learning/submit-assignment";
import { ZCompletionOutcome } from "@/lib/learning/view-schemas";

const params = z.object({ courseId: ZPathId("courseId"), moduleId: ZPathId("moduleId"), contentId: ZPathId("contentId") });

const MULTIPART = /^multipart\/form-data\s*;/i;

const ZCompleteBody = z.unknown().meta({
  override: {
    type: "object",
    description: "Send JSON (application/json) for every type, or multipart/form-data for an assignment with a file.",
    properties: {
      answers: {
        type: "object",
        additionalProperties: { type: "array", items: { type: "integer" } },
        description: "QUIZ: question id → the ids of the chosen options, for every question (exactly one for a single-choice question)",
      },
      text: { type: "string", description: "ASSIGNMENT: a written answer (when the assignment takes text)" },
      url: { type: "string", description: "ASSIGNMENT: a link to the work (when it takes a URL)" },
      file: { type: "string", format: "binary", description: "ASSIGNMENT, multipart only: PDF, ZIP, PPTX, DOCX, XLSX, PNG or JPEG (decided by its bytes), at most 50 MB" },
    },
  },
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/modules/{moduleId}/contents/{contentId}/complete", {
  POST: route({
    summary: "Complete a content",
    description:
      "For a student whose enrolment is paid (In Progress or Completed) in a released course; its teacher and admins get 403 (the preview records nothing), a student without a paid enrolment 403, a hidden course 404. LESSON, VIDEO, LINK, FILE: `{}` marks it complete (again: no change). QUIZ: `{ answers }` is one attempt, graded on the server (a question's points only for exactly its correct options); 409 once the attempts are used up; the best attempt counts; complete once an attempt reaches the pass mark; correct options only when the teacher shows them. ASSIGNMENT: `{ text?, url? }` or multipart with `file`, only the kinds the teacher asked for; editable until graded (409 after); marked late after the due date; complete on submission or, if the teacher said so, on a passing grade. The answer carries the new course progress.",
    tags: ["Learning"],
    auth: "required",
    params,
    bodyType: "multipart-stream",
    body: ZCompleteBody,
    data: z.object({ completion: ZCompletionOutcome }),
    errors: [404, 409],
    handler: async ({ actor, params, req }) => {
      const completion = MULTIPART.test(req.headers.get("content-type") ?? "")
        ? await submitAssignmentForm(actor, params, req)
        : await completeContent(actor, params, await readBody(req, "json", MAX_JSON_BODY_BYTES));
      const key = completion.attempt ? "quizAttemptGraded" : completion.submission ? "assignmentSubmitted" : "contentCompleted";
      return { message: { key }, data: { completion } };
    },
  }),
});
