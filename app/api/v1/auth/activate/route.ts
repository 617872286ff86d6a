import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { activateAccount } from "@/lib/auth/activation";
import { ZTokenInput } from "@/lib/auth/schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/activate", {
  POST: route({
    summary: "Activate an account with the emailed token",
    tags: ["Auth"],
    auth: "none",
    body: ZTokenInput,
    data: z.object({ user: z.object({ id: z.number().int(), email: z.string() }) }),
    handler: async ({ body, ip }) => ({ message: { key: "activated" }, data: await activateAccount(body, { ip }) }),
  }),
});
