import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { sendPasswordReset } from "@/lib/users/send-password-reset";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/password-reset", {
  POST: route({
    summary: "Email a user a password-reset link (admins)",
    description: "The same 30-minute link as a forgotten password, mailed in the user's language; the link is never in the answer. A disabled account → 409.",
    tags: ["Users"],
    auth: "required",
    roles: ADMIN_ROLES,
    params: z.object({ userId: ZPathId("userId") }),
    data: z.object({ user: z.object({ email: z.email() }) }),
    errors: [404, 409],
    handler: async ({ actor, params }) => ({ message: { key: "passwordResetSent" }, data: { user: await sendPasswordReset(actor, params.userId) } }),
  }),
});
