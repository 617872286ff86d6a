import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { createCertificate } from "@/lib/certificates/create-certificate";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { ZCertificateListQuery, ZCreateCertificateInput } from "@/lib/certificates/schemas";
import { ZCertificateView } from "@/lib/certificates/view-schemas";

const params = z.object({ userId: ZPathId("userId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/certificates", {
  GET: route({
    summary: "List a user's certificates (self or admins)",
    description: "Newest first (`sort=oldest` for the other way); revoked ones are listed with their `revokedAt`. Another user's list is 404.",
    tags: ["Certificates"],
    auth: "required",
    params,
    query: ZCertificateListQuery,
    data: z.object({ certificates: z.array(ZCertificateView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { certificates, pagination } = await listCertificates(actor, params.userId, query);
      return { message: { key: "certificatesListed" }, data: { certificates }, pagination };
    },
  }),
  POST: route({
    summary: "Issue a certificate for a completed enrolment (admins)",
    description:
      "Names the enrolment by `enrollmentId`, or by `courseId` / `programId` (the user's live enrolment in it). 404 when the user or enrolment does not exist; 409 when the enrolment is not Completed or already has a certificate.",
    tags: ["Certificates"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    body: ZCreateCertificateInput,
    status: 201,
    data: z.object({ certificate: ZCertificateView }),
    errors: [404, 409],
    handler: async ({ actor, params, body, ip }) => ({
      status: 201,
      message: { key: "certificateCreated" },
      data: { certificate: await createCertificate(actor, params.userId, body, { ip }) },
    }),
  }),
});
