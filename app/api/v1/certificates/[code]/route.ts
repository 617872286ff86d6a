import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { verifyCertificate } from "@/lib/certificates/verify-certificate";
import { ZCertificateVerification } from "@/lib/certificates/view-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/certificates/{code}", {
  GET: route({
    summary: "Verify a certificate by its code (public)",
    description:
      "Anyone holding the code learns who earned which course and when, and whether it stands: `status` is `Valid`, or `Revoked` once an admin revoked it. An unknown code is 404. Never cached: a revocation shows at once.",
    tags: ["Certificates"],
    auth: "none",
    params: z.object({ code: z.string().meta({ description: "The certificate's verification code, e.g. ABCDE-FGHJK-LMNPQ-RSTUV-WXYZ23" }) }),
    data: z.object({ certificate: ZCertificateVerification }),
    errors: [404],
    handler: async ({ params }) => {
      const certificate = await verifyCertificate(params.code);
      return { message: { key: certificate.valid ? "certificateValid" : "certificateRevoked" }, data: { certificate } };
    },
  }),
});
