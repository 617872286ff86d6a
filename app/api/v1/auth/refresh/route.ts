import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { refreshApiSession } from "@/lib/auth/api-sessions";
import { ZRefreshInput } from "@/lib/auth/schemas";
import { ZTokenPair } from "../../_routes/auth-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/refresh", {
  POST: route({
    summary: "Trade a refresh token for new tokens",
    description: "The refresh token rotates; reusing an already rotated one ends its whole family.",
    tags: ["Auth"],
    auth: "none",
    body: ZRefreshInput,
    data: ZTokenPair,
    handler: async ({ body, ip }) => ({ message: { key: "tokenRefreshed" }, data: await refreshApiSession(body, { ip }) }),
  }),
});
