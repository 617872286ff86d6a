import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ZNoData } from "@/lib/api/contract-schemas";
import { logoutApiSession } from "@/lib/auth/api-sessions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/logout", {
  POST: route({
    summary: "Sign out: revoke this access token and its refresh family",
    tags: ["Auth"],
    auth: "required",
    data: ZNoData,
    handler: async ({ claims }) => {
      if (claims) await logoutApiSession(claims);
      return { message: { key: "loggedOut" } };
    },
  }),
});
