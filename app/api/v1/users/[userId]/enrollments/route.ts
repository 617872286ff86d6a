// A student's enrolments (seed 001): the list, and enrolling in a course by programId or courseId.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { enrol } from "@/lib/enrollments/enrol";
import { listEnrollments } from "@/lib/enrollments/read-enrollments";
import { ZEnrolInput, ZEnrollmentListQuery } from "@/lib/enrollments/schemas";
import { ZEnrollmentView } from "@/lib/enrollments/view-schemas";
import { ZInvoiceView } from "@/lib/invoices/view-schemas";

const params = z.object({ userId: ZPathId("userId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/enrollments", {
  GET: route({
    summary: "List a user's enrollments (self or admins)",
    description: "Newest first; `status` filters (Unpaid, In Progress, Completed, Cancelled). Another student's list is 404. Paginated.",
    tags: ["Enrollments"],
    auth: "required",
    params,
    query: ZEnrollmentListQuery,
    data: z.object({ enrollments: z.array(ZEnrollmentView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { enrollments, pagination } = await listEnrollments(actor, params.userId, query);
      return { message: { key: "enrollmentsListed" }, data: { enrollments }, pagination };
    },
  }),
  POST: route({
    summary: "Enrol in a course (students, for themselves)",
    description:
      "A published course, by `programId` (the contract's name) or `courseId`. Free → In Progress at once; paid → Unpaid with a Pending invoice (virtual account, amount, due at 23:59:59.999 Asia/Jakarta three days later). Teachers and admins get 403 (they preview instead); a live enrolment in the course already → 409.",
    tags: ["Enrollments"],
    auth: "required",
    params,
    body: ZEnrolInput,
    status: 201,
    data: z.object({ enrollment: ZEnrollmentView, invoice: ZInvoiceView.optional() }),
    errors: [404, 409],
    handler: async ({ actor, params, body }) => {
      const { enrollment, invoice } = await enrol(actor, params.userId, body);
      return { status: 201, message: { key: invoice ? "enrolledUnpaid" : "enrolledFree" }, data: { enrollment, ...(invoice ? { invoice } : {}) } };
    },
  }),
});
