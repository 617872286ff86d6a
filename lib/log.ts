// Structured logs. Anything that could carry a secret is redacted by path.
import pino from "pino";

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: undefined,
  redact: {
    paths: [
      "password",
      "*.password",
      "*.newPassword",
      "*.oldPassword",
      "*.currentPassword",
      "*.token",
      "*.accessToken",
      "*.refreshToken",
      "*.deviceToken",
      "headers.authorization",
      "headers.cookie",
    ],
    censor: "[redacted]",
  },
});
