import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { resetPassword } from "@/lib/auth/password-reset";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const result = await resetPassword(await readJson(req), { ip: clientIp(req.headers) });
  return { message: "Successfully reset your password.", data: result };
});
