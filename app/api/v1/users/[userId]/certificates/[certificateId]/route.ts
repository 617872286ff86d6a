import { z } from "zod";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { deleteCertificate } from "@/lib/certificates/delete-certificate";
import { getCertificate } from "@/lib/certificates/get-certificate";
import { ZUpdateCertificateInput } from "@/lib/certificates/schemas";
import { updateCertificate } from "@/lib/certificates/update-certificate";
import { ZCertificateView } from "@/lib/certificates/view-schemas";

const params = z.object({ userId: ZPathId("userId"), certificateId: ZPathId("certificateId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/certificates/{certificateId}", {
  GET: route({
    summary: "Get one of a user's certificates (self or admins)",
    tags: ["Certificates"],
    auth: "required",
    params,
    data: z.object({ certificate: ZCertificateView }),
    errors: [404],
    handler: async ({ actor, params }) => ({
      message: { key: "certificateRetrieved" },
      data: { certificate: await getCertificate(actor, params.userId, params.certificateId) },
    }),
  }),
  PATCH: route({
    summary: "Revoke or reinstate a certificate (admins)",
    description: "`{ \"revoked\": true }` revokes it now (a revoked certificate never verifies), `{ \"revoked\": false }` reinstates it; `revokedAt` sets the date itself (null reinstates).",
    tags: ["Certificates"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    body: ZUpdateCertificateInput,
    data: z.object({ certificate: ZCertificateView }),
    errors: [404],
    handler: async ({ actor, params, body, ip }) => ({
      message: { key: "certificateUpdated" },
      data: { certificate: await updateCertificate(actor, params.userId, params.certificateId, body, { ip }) },
    }),
  }),
  DELETE: route({
    summary: "Delete a certificate (admins)",
    description: "Its code then no longer verifies (404). The audit log keeps what it was.",
    tags: ["Certificates"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    data: ZNoData,
    errors: [404],
    handler: async ({ actor, params, ip }) => {
      await deleteCertificate(actor, params.userId, params.certificateId, { ip });
      return { message: { key: "certificateDeleted" } };
    },
  }),
});
