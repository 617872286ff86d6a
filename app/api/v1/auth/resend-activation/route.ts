import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { resendActivation } from "@/lib/auth/activation";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const result = await resendActivation(await readJson(req), { ip: clientIp(req.headers) });
  return { message: "If that account exists and is not activated yet, a new activation link is on its way.", data: result };
});
