import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { apiLogin } from "@/lib/auth/api-sessions";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const session = await apiLogin(await readJson(req), { ip: clientIp(req.headers) });
  return { message: "Successfully logged in.", data: session };
});
