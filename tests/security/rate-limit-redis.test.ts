// With REDIS_URL set, the limits live in Redis and so hold across app instances. Runs when
// a Redis is available to the tests (TEST_REDIS_URL; .ci/run sets it).
import Redis from "ioredis";
import { afterAll, describe, expect, it, vi } from "vitest";
import { unique } from "../factories";

const redisUrl = process.env.TEST_REDIS_URL;

describe.runIf(redisUrl)("sign-in limits on Redis", () => {
  const redis = new Redis(redisUrl ?? "");
  afterAll(() => redis.quit());

  it("blocks the 11th attempt after 10 failures and stores the counters in Redis", async () => {
    vi.stubEnv("REDIS_URL", redisUrl);
    vi.resetModules();
    const { assertSignInAllowed, recordSignInFailure } = await import("@/lib/security/rate-limit");
    const { AppError } = await import("@/lib/errors");
    const account = `name:${unique("redis")}@example.test`;
    const ip = unique("ip");
    for (let i = 0; i < 10; i++) {
      await assertSignInAllowed({ account, ip });
      await recordSignInFailure({ account, ip });
    }
    const error = await assertSignInAllowed({ account, ip }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as InstanceType<typeof AppError>).status).toBe(429);
    expect(await redis.exists(`signin_fail_acct_ip:${account}|${ip}`)).toBe(1);
    expect(await redis.exists(`signin_fail_acct:${account}`)).toBe(1);
    vi.unstubAllEnvs();
  });
});
