// RFC 6749 token endpoint semantics (password and refresh_token grants) over the same
// sign-in and refresh rules as /auth/login and /auth/refresh.
import { z } from "zod";
import { AppError } from "@/lib/errors";
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

/** RFC 6749 §5.2: which error code an AppError becomes. */
export function toOAuthError(error: unknown): OAuthError | null {
  if (error instanceof z.ZodError) {
    const grant = error.issues.some((issue) => issue.path[0] === "grant_type");
    return grant
      ? { status: 400, error: "unsupported_grant_type", error_description: "grant_type must be password or refresh_token." }
      : { status: 400, error: "invalid_request", error_description: error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  }
  if (!(error instanceof AppError)) return null;
  if (error.status === 429) return { status: 429, error: "slow_down", error_description: error.message, headers: error.headers };
  if (error.status === 400 && error.fieldErrors.length) return { status: 400, error: "invalid_request", error_description: error.message };
  if (error.status === 401 || error.status === 403) return { status: 400, error: "invalid_grant", error_description: error.message };
  return null;
}

export async function oauthToken(form: Record<string, string>, ctx: { ip: string }) {
  const request = ZTokenRequest.parse(form);
  if (request.grant_type === "refresh_token") {
    const tokens = await refreshApiSession({ refreshToken: request.refresh_token }, ctx);
    return { access_token: tokens.accessToken, token_type: "Bearer", expires_in: tokens.expiresIn, refresh_token: tokens.refreshToken };
  }
  const tokens = await apiLogin({ identifier: request.username, password: request.password, deviceToken: request.device_token }, ctx);
  // device_token is an extension field (RFC 6749 §5.1 allows them): send it back with the next password grant.
  return { access_token: tokens.accessToken, token_type: "Bearer", expires_in: tokens.expiresIn, refresh_token: tokens.refreshToken, device_token: tokens.deviceToken };
}
