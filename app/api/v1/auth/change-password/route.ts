import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { changePassword } from "@/lib/auth/change-password";
import { ZChangePasswordInput } from "@/lib/auth/schemas";
import { ZEmailData } from "../../_routes/auth-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/change-password", {
  POST: route({
    summary: "Change the signed-in user's password",
    description: "Needs the current password (limited like sign-in). Ends every session and API token of the account.",
    tags: ["Auth"],
    auth: "required",
    body: ZChangePasswordInput,
    data: ZEmailData,
    handler: async ({ actor, body, ip }) => ({
      message: { key: "passwordChanged" },
      data: await changePassword(actor, body, { ip }),
    }),
  }),
});
