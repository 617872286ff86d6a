import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { apiLogin } from "@/lib/auth/api-sessions";
import { ZSignInInput } from "@/lib/auth/schemas";
import { ZLoginData } from "../../_routes/auth-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/login", {
  POST: route({
    summary: "Sign in",
    description: "`email` (or `username`) and `password`. Limited per account, per account and IP, and per IP (429 with Retry-After).",
    tags: ["Auth"],
    auth: "none",
    body: ZSignInInput,
    data: ZLoginData,
    handler: async ({ body, ip }) => ({ message: { key: "loggedIn" }, data: await apiLogin(body, { ip }) }),
  }),
});
