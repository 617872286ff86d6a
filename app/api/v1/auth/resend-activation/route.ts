import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { resendActivation } from "@/lib/auth/activation";
import { ZEmailInput } from "@/lib/auth/schemas";
import { ZEmailData } from "../../_routes/auth-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/resend-activation", {
  POST: route({
    summary: "Send a new activation link",
    description: "Answers alike whether or not the address has an account.",
    tags: ["Auth"],
    auth: "none",
    body: ZEmailInput,
    data: ZEmailData,
    handler: async ({ body, ip }) => ({
      message: { key: "activationResent" },
      data: await resendActivation(body, { ip }),
    }),
  }),
});
