import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { register } from "@/lib/auth/register";
import { ZRegisterInput } from "@/lib/auth/schemas";
import { matchAcceptLanguage } from "@/lib/i18n/resolve-locale";

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
    handler: async ({ body, ip, req }) => {
      // The account's mails follow the language the client asked in, when it asked for one.
      const { user, activationMailSent } = await register(body, { ip, locale: matchAcceptLanguage(req.headers.get("accept-language")) });
      return {
        status: 201,
        message: { key: activationMailSent ? "registered" : "registeredNoMail" },
        data: { user: { id: user.id } },
      };
    },
  }),
});
