// OAuth2 token endpoint (RFC 6749): form-encoded request, the RFC's response fields at the
// top level beside the usual envelope, and the RFC's error fields on failure.
import { errorBody, successBody } from "@/lib/api/envelope";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { oauthToken, toOAuthError, ZTokenRequest } from "@/lib/auth/oauth-token";
import type { Locale } from "@/lib/i18n/locales";
import { wordingFor } from "@/lib/i18n/server-text";
import { ZOAuthTokenResponse } from "../../_routes/auth-schemas";

const noStore = { "Cache-Control": "no-store", Pragma: "no-cache" };

async function oauthErrorResponse(error: unknown, locale: Locale): Promise<Response | null> {
  const oauth = toOAuthError(error, await wordingFor(locale));
  if (!oauth) return null;
  const body = { error: oauth.error, error_description: oauth.error_description, ...errorBody(oauth.status, oauth.error_description) };
  return Response.json(body, { status: oauth.status, headers: { ...noStore, ...oauth.headers } });
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/auth/token", {
  POST: route({
    summary: "OAuth2 token endpoint (password and refresh_token grants)",
    description: "RFC 6749 form post. The response carries the RFC fields at the top level beside the envelope; errors carry `error` and `error_description`.",
    tags: ["Auth"],
    auth: "none",
    bodyType: "form",
    body: ZTokenRequest,
    data: ZOAuthTokenResponse,
    errorResponse: oauthErrorResponse,
    handler: async ({ body, ip, locale }) => {
      const tokens = await oauthToken(body, { ip });
      const message = (await wordingFor(locale)).api("tokensIssued");
      return Response.json({ ...tokens, ...successBody({ message, data: tokens }) }, { headers: noStore });
    },
  }),
});
