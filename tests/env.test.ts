import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const base = { DATABASE_URL: "postgresql://u@localhost/db" };
const secrets = { AUTH_SECRET: "a".repeat(32), PAYMENT_WEBHOOK_SECRET: "b".repeat(32) };

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
    expect(parseEnv({ ...base, NODE_ENV: "production", ...secrets }).AUTH_SECRET).toBe(secrets.AUTH_SECRET);
  });

  it("requires them in the local demo too (npm start generates them), and refuses the public development values", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production", LMS_DEMO: "1" })).toThrow(/AUTH_SECRET is required in production/);
    const { AUTH_SECRET } = parseEnv({ ...base, NODE_ENV: "development" });
    expect(() => parseEnv({ ...base, NODE_ENV: "production", ...secrets, AUTH_SECRET })).toThrow(/AUTH_SECRET must not be the public development value/);
  });

  it("binds to loopback on port 3000 and trusts no proxy unless told", () => {
    expect(parseEnv(base)).toMatchObject({ HOST: "127.0.0.1", PORT: 3000, TRUST_PROXY: 0 });
    expect(parseEnv({ ...base, HOST: "0.0.0.0", PORT: "8080", TRUST_PROXY: "2" })).toMatchObject({ HOST: "0.0.0.0", PORT: 8080, TRUST_PROXY: 2 });
  });

  it("names a bad TRUST_PROXY or PORT", () => {
    for (const value of ["yes", "-1", "1.5"]) expect(() => parseEnv({ ...base, TRUST_PROXY: value })).toThrow(/TRUST_PROXY must be a whole number of proxy hops/);
    expect(() => parseEnv({ ...base, PORT: "http" })).toThrow(/PORT must be a port number/);
    expect(() => parseEnv({ ...base, PORT: "70000" })).toThrow(/PORT must be a port number/);
  });

  it("names a bad DATABASE_URL, APP_URL or REDIS_URL", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is not set/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgresql/);
    expect(() => parseEnv({ ...base, APP_URL: "not a url" })).toThrow(/APP_URL/);
    expect(() => parseEnv({ ...base, REDIS_URL: "http://x" })).toThrow(/REDIS_URL/);
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ ...base, RESEND_API_KEY: "" }).RESEND_API_KEY).toBeUndefined();
    expect(parseEnv({ ...base, HOST: "" }).HOST).toBe("127.0.0.1");
  });
});
