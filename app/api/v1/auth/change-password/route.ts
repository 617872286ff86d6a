import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { changePassword } from "@/lib/auth/change-password";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(
  async ({ req, actor }) => {
    const result = await changePassword(actor, await readJson(req), { ip: clientIp(req.headers) });
    return { message: "Successfully changed your password. Please sign in again.", data: result };
  },
  { auth: "required" },
);
