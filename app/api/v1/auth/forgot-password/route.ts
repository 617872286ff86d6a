import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { forgotPassword } from "@/lib/auth/password-reset";
import { ZEmailInput } from "@/lib/auth/schemas";
import { ZEmailData } from "../../_routes/auth-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/forgot-password", {
  POST: route({
    summary: "Email a password reset link",
    description: "Answers alike whether or not the address has an account. The link is valid for 30 minutes.",
    tags: ["Auth"],
    auth: "none",
    body: ZEmailInput,
    data: ZEmailData,
    handler: async ({ body, ip }) => ({ message: { key: "resetLinkSent" }, data: await forgotPassword(body, { ip }) }),
  }),
});
