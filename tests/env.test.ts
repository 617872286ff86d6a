import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const base = { DATABASE_URL: "postgresql://u@localhost/db" };

describe("parseEnv", () => {
  it("gives development defaults for secrets and settings", () => {
    const env = parseEnv({ ...base, NODE_ENV: "development" });
    expect(env.AUTH_SECRET).toMatch(/development-only/);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("requires real secrets in production, naming each missing variable", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production[\s\S]*PAYMENT_WEBHOOK_SECRET/);
    expect(() => parseEnv({ ...base, NODE_ENV: "production", AUTH_SECRET: "short", PAYMENT_WEBHOOK_SECRET: "x".repeat(32) })).toThrow(
      /AUTH_SECRET must be at least 32 characters/,
    );
    const secrets = { AUTH_SECRET: "a".repeat(32), PAYMENT_WEBHOOK_SECRET: "b".repeat(32) };
    expect(parseEnv({ ...base, NODE_ENV: "production", ...secrets }).AUTH_SECRET).toBe(secrets.AUTH_SECRET);
  });

  it("lets the local demo (LMS_DEMO=1) run a production build without secrets", () => {
    expect(parseEnv({ ...base, NODE_ENV: "production", LMS_DEMO: "1" }).AUTH_SECRET).toMatch(/development-only/);
  });

  it("names a bad DATABASE_URL, APP_URL or REDIS_URL", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is not set/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql/);
    expect(() => parseEnv({ ...base, APP_URL: "not a url" })).toThrow(/APP_URL/);
    expect(() => parseEnv({ ...base, REDIS_URL: "http://x" })).toThrow(/REDIS_URL/);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ ...base, RESEND_API_KEY: "" }).RESEND_API_KEY).toBeUndefined();
  });
});
