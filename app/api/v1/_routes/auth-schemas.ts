// What the auth endpoints answer, for the OpenAPI document and answer checks in tests.
import { z } from "zod";

export const ZTokenPair = z
  .object({
    accessToken: z.string().meta({ description: "JWT (HS256), valid for expiresIn seconds" }),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int(),
    refreshToken: z.string().meta({ description: "Opaque; rotated on every use" }),
  })
  .meta({ id: "TokenPair" });

export const ZLoginData = ZTokenPair.extend({
  user: z.object({ id: z.number().int(), email: z.string(), username: z.string(), fullName: z.string() }),
  deviceToken: z.string().meta({ description: "Send it back as `deviceToken` with later sign-ins: a known device is not paused when someone else guesses this account's password" }),
}).meta({ id: "LoginData" });

export const ZEmailData = z.object({ user: z.object({ email: z.string() }) });

/** RFC 6749 §5.1 fields at the top level, beside the envelope (which OAuth2 clients ignore). */
export const ZOAuthTokenResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int(),
    refresh_token: z.string(),
    device_token: z.string().meta({ description: "Extension field: send it back with later password grants (a known device)" }),
  })
  .meta({ id: "OAuthTokenResponse" });
