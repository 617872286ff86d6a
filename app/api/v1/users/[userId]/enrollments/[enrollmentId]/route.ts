// One enrolment (seed 001): read by its student or an admin; changed and deleted by admins.
import { z } from "zod";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { deleteEnrollment, updateEnrollment } from "@/lib/enrollments/manage-enrollment";
import { getEnrollment } from "@/lib/enrollments/read-enrollments";
import { ZUpdateEnrollmentInput } from "@/lib/enrollments/schemas";
import { ZEnrollmentView } from "@/lib/enrollments/view-schemas";

const params = z.object({ userId: ZPathId("userId"), enrollmentId: ZPathId("enrollmentId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/enrollments/{enrollmentId}", {
  GET: route({
    summary: "Get an enrollment (self or admins)",
    tags: ["Enrollments"],
    auth: "required",
    params,
    data: z.object({ enrollment: ZEnrollmentView }),
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "enrollmentRetrieved" }, data: { enrollment: await getEnrollment(actor, params.userId, params.enrollmentId) } }),
  }),
  PATCH: route({
    summary: "Update an enrollment (admins)",
    description:
      "`status`: Completed sets completedAt and issues the certificate; In Progress grants access (a pending invoice is cancelled) and recomputes progress; Unpaid withdraws access until paid (a paid course gets a new invoice); Cancelled ends it as if the student left. Audited.",
    tags: ["Enrollments"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    body: ZUpdateEnrollmentInput,
    data: z.object({ enrollment: ZEnrollmentView }),
    errors: [404, 409],
    handler: async ({ actor, params, body, ip }) => ({
      message: { key: "enrollmentUpdated" },
      data: { enrollment: await updateEnrollment(actor, params.userId, params.enrollmentId, body, { ip }) },
    }),
  }),
  DELETE: route({
    summary: "Delete an enrollment (admins)",
    description: "With its invoices and certificate; the student's completed contents stay. Audited.",
    tags: ["Enrollments"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    data: ZNoData,
    errors: [404],
    handler: async ({ actor, params, ip }) => {
      await deleteEnrollment(actor, params.userId, params.enrollmentId, { ip });
      return { message: { key: "enrollmentDeleted" }, data: null };
    },
  }),
});
