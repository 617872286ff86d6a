// Leaving a course (seed 003).
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { leaveCourse } from "@/lib/enrollments/leave-course";
import { ZEnrollmentView } from "@/lib/enrollments/view-schemas";

const params = z.object({ userId: ZPathId("userId"), enrollmentId: ZPathId("enrollmentId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/enrollments/{enrollmentId}/leave", {
  POST: route({
    summary: "Leave a course (self or admins)",
    description: "The enrolment becomes Cancelled and a pending invoice is cancelled; completed contents are kept for a later enrolment. Already ended or completed → 409.",
    tags: ["Enrollments"],
    auth: "required",
    params,
    data: z.object({ enrollment: ZEnrollmentView }),
    errors: [404, 409],
    handler: async ({ actor, params }) => ({ message: { key: "enrollmentLeft" }, data: { enrollment: await leaveCourse(actor, params.userId, params.enrollmentId) } }),
  }),
});
