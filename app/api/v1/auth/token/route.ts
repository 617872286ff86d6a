// OAuth2 token endpoint (RFC 6749): form-encoded request, the RFC's response fields at the
// top level beside the usual envelope, which OAuth2 clients ignore.
import { errorBody, successBody } from "@/lib/api/envelope";
import { withApi } from "@/lib/api/with-api";
import { oauthToken, toOAuthError } from "@/lib/auth/oauth-token";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/security/client-ip";

const noStore = { "Cache-Control": "no-store", Pragma: "no-cache" };

export const POST = withApi(async ({ req }) => {
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "The token endpoint takes application/x-www-form-urlencoded.");
  }
  const form = Object.fromEntries(new URLSearchParams(await req.text()));
  try {
    const tokens = await oauthToken(form, { ip: clientIp(req.headers) });
    return Response.json({ ...tokens, ...successBody({ message: "Successfully issued tokens.", data: tokens }) }, { headers: noStore });
  } catch (error) {
    const oauth = toOAuthError(error);
    if (!oauth) throw error;
    const body = { error: oauth.error, error_description: oauth.error_description, ...errorBody(oauth.status, oauth.error_description) };
    return Response.json(body, { status: oauth.status, headers: { ...noStore, ...oauth.headers } });
  }
});
