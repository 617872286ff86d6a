import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { register } from "@/lib/auth/register";
import { ZRegisterInput } from "@/lib/auth/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/register", {
  POST: route({
    summary: "Register a student or teacher account",
    description: "Sends an activation link by email; the account cannot sign in until it is used.",
    tags: ["Auth"],
    auth: "none",
    body: ZRegisterInput,
    status: 201,
    data: z.object({ user: z.object({ id: z.number().int() }) }),
    errors: [409],
    handler: async ({ body, ip }) => {
      const { user, activationMailSent } = await register(body, { ip });
      return {
        status: 201,
        message: activationMailSent
          ? "Successfully registered a new user account."
          : "Successfully registered a new user account, but the activation email could not be sent. Please request a new one.",
        data: { user: { id: user.id } },
      };
    },
  }),
});
