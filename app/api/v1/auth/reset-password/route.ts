import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { resetPassword } from "@/lib/auth/password-reset";
import { ZResetPasswordInput } from "@/lib/auth/schemas";
import { ZEmailData } from "../../_routes/auth-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/reset-password", {
  POST: route({
    summary: "Set a new password with the emailed token",
    description: "Ends every session and API token of the account.",
    tags: ["Auth"],
    auth: "none",
    body: ZResetPasswordInput,
    data: ZEmailData,
    handler: async ({ body, ip }) => ({ message: { key: "passwordReset" }, data: await resetPassword(body, { ip }) }),
  }),
});
