// The signed-in student's own record of a content: complete or not, quiz attempts with the
// best score, the assignment submission with its grade and feedback.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { getContentState } from "@/lib/learning/content-state";
import { ZContentState } from "@/lib/learning/view-schemas";

const params = z.object({ courseId: ZPathId("courseId"), moduleId: ZPathId("moduleId"), contentId: ZPathId("contentId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/modules/{moduleId}/contents/{contentId}/progress", {
  GET: route({
    summary: "Get my progress on a content",
    description:
      "For a student whose enrolment is paid in a released course: whether the content counts as complete, their quiz attempts (oldest first) and best percentage, and their assignment submission with its grade and feedback. Never another student's record. Its teacher and admins get 403, a student without a paid enrolment 403, a hidden course 404.",
    tags: ["Learning"],
    auth: "required",
    params,
    data: z.object({ completion: ZContentState }),
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "contentProgressRetrieved" }, data: { completion: await getContentState(actor, params) } }),
  }),
});
