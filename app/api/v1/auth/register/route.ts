import { readJson } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { register } from "@/lib/auth/register";
import { clientIp } from "@/lib/security/client-ip";

export const POST = withApi(async ({ req }) => {
  const { user, activationMailSent } = await register(await readJson(req), { ip: clientIp(req.headers) });
  return {
    status: 201,
    message: activationMailSent
      ? "Successfully registered a new user account."
      : "Successfully registered a new user account, but the activation email could not be sent. Please request a new one.",
    data: { user: { id: user.id } },
  };
});
