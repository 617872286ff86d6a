import { withApi } from "@/lib/api/with-api";
import { logoutApiSession } from "@/lib/auth/api-sessions";

export const POST = withApi(
  async ({ claims }) => {
    if (claims) await logoutApiSession(claims);
    return { message: "Successfully logged out." };
  },
  { auth: "required" },
);
