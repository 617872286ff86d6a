import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { activateAccount } from "@/lib/auth/activation";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const result = await activateAccount(await readJson(req), { ip: clientIp(req.headers) });
  return { message: "Successfully activated your account. You can sign in now.", data: result };
});
