import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { refreshApiSession } from "@/lib/auth/api-sessions";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const tokens = await refreshApiSession(await readJson(req), { ip: clientIp(req.headers) });
  return { message: "Successfully refreshed the access token.", data: tokens };
});
