// RFC 6749 token endpoint semantics (password and refresh_token grants) over the same
// sign-in and refresh rules as /auth/login and /auth/refresh.
import { z } from "zod";
import { AppError, parseInput } from "@/lib/errors";
import { say, type ServerWording } from "@/lib/i18n/server-text";
import { apiLogin, refreshApiSession } from "./api-sessions";

export const ZTokenRequest = z
  .discriminatedUnion("grant_type", [
    z.object({
      grant_type: z.literal("password"),
      username: z.string().min(1).meta({ description: "Email or username" }),
      password: z.string().min(1),
      device_token: z.string().optional().meta({ description: "From an earlier password grant of this client (a known device)" }),
    }),
    z.object({ grant_type: z.literal("refresh_token"), refresh_token: z.string().min(1) }),
  ])
  .meta({ id: "OAuthTokenRequest" });

export type OAuthError = { status: number; error: string; error_description: string; headers?: Record<string, string> };

/** RFC 6749 §5.2: which error code an AppError becomes, described in the wording's language. */
export function toOAuthError(error: unknown, wording: ServerWording): OAuthError | null {
  if (!(error instanceof AppError)) return null;
  const description = say(wording, error.text);
  if (error.says("validationFailed")) {
    const grant = error.problems.some((problem) => problem.field === "grant_type");
    return grant
      ? { status: 400, error: "unsupported_grant_type", error_description: wording.errors("grantType") }
      : { status: 400, error: "invalid_request", error_description: error.problems.map((p) => `${p.field ?? ""}: ${say(wording, p.message)}`).join("; ") };
  }
  if (error.status === 429) return { status: 429, error: "slow_down", error_description: description, headers: error.headers };
  if (error.status === 400 && error.problems.length) return { status: 400, error: "invalid_request", error_description: description };
  if (error.status === 401 || error.status === 403) return { status: 400, error: "invalid_grant", error_description: description };
  return null;
}

export async function oauthToken(form: Record<string, string>, ctx: { ip: string }) {
  const request = parseInput(ZTokenRequest, form);
  if (request.grant_type === "refresh_token") {
    const tokens = await refreshApiSession({ refreshToken: request.refresh_token }, ctx);
    return { access_token: tokens.accessToken, token_type: "Bearer", expires_in: tokens.expiresIn, refresh_token: tokens.refreshToken };
  }
  const tokens = await apiLogin({ identifier: request.username, password: request.password, deviceToken: request.device_token }, ctx);
  // device_token is an extension field (RFC 6749 §5.1 allows them): send it back with the next password grant.
  return { access_token: tokens.accessToken, token_type: "Bearer", expires_in: tokens.expiresIn, refresh_token: tokens.refreshToken, device_token: tokens.deviceToken };
}
