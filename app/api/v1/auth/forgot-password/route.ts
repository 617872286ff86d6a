import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { forgotPassword } from "@/lib/auth/password-reset";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const result = await forgotPassword(await readJson(req), { ip: clientIp(req.headers) });
  return { message: "Successfully sent password reset link to your email.", data: result };
});
