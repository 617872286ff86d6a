// Brute-force limits for sign-in and password-reset requests. Counters live in Redis when
// REDIS_URL is set, otherwise in PostgreSQL, so every app instance shares them.
import Redis from "ioredis";
import { type IRateLimiterStoreOptions, RateLimiterPrisma, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

type Limiter = RateLimiterPrisma | RateLimiterRedis;

let redis: Redis | undefined;
function makeLimiter(opts: Omit<IRateLimiterStoreOptions, "storeClient">): Limiter {
  const postgres = new RateLimiterPrisma({ ...opts, storeClient: db, tableName: "rateLimit", clearExpiredByTimeout: false });
  const url = env().REDIS_URL;
  if (!url) return postgres;
  redis ??= new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  // While Redis is unreachable, PostgreSQL keeps counting rather than letting attempts through.
  return new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: postgres });
}

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

const limiters = () =>
  (cached ??= {
    // 10 consecutive failed sign-ins for one account from one IP block that pair for 15 minutes.
    failsByAccountAndIp: makeLimiter({ keyPrefix: "signin_fail_acct_ip", points: 10, duration: DAY, blockDuration: 15 * 60 }),
    // 100 failed sign-ins from one IP in a day block the IP for a day.
    failsByIp: makeLimiter({ keyPrefix: "signin_fail_ip", points: 100, duration: DAY, blockDuration: DAY }),
    // Account mails (registration, activation, reset): 5 per address and 100 per IP an hour;
    // the IP limit stays generous because a whole school may share one address.
    mailsByAccount: makeLimiter({ keyPrefix: "mail_acct", points: 5, duration: HOUR }),
    mailsByIp: makeLimiter({ keyPrefix: "mail_ip", points: 100, duration: HOUR }),
  });
let cached: Record<"failsByAccountAndIp" | "failsByIp" | "mailsByAccount" | "mailsByIp", Limiter> | undefined;

const tooMany = (msBeforeNext: number) => {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError("TOO_MANY_REQUESTS", `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
    headers: { "Retry-After": String(seconds) },
  });
};

async function assertNotBlocked(limiter: Limiter, key: string) {
  const res = await limiter.get(key);
  if (res && res.remainingPoints <= 0) throw tooMany(res.msBeforeNext);
}

const accountKey = (identifier: string, ip: string) => `${identifier.toLowerCase()}|${ip}`;

/** Before checking a password: 429 with Retry-After while the account+IP or the IP is blocked. */
export async function assertSignInAllowed(identifier: string, ip: string) {
  const { failsByAccountAndIp, failsByIp } = limiters();
  await assertNotBlocked(failsByIp, ip);
  await assertNotBlocked(failsByAccountAndIp, accountKey(identifier, ip));
}

async function consume(limiter: Limiter, key: string) {
  try {
    const res = await limiter.consume(key);
    // The attempt that uses the last point starts the block, so the next one gets 429
    // with a Retry-After of the block, not of the whole counting window.
    if (res.remainingPoints === 0 && limiter.blockDuration > 0) await limiter.block(key, limiter.blockDuration);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
    throw error;
  }
}

/** Counts a failed sign-in; the failure that reaches a limit is answered with 429 already. */
export async function recordSignInFailure(identifier: string, ip: string) {
  const { failsByAccountAndIp, failsByIp } = limiters();
  await consume(failsByIp, ip);
  await consume(failsByAccountAndIp, accountKey(identifier, ip));
}

/** A successful sign-in clears the consecutive-failure count of that account and IP. */
export async function recordSignInSuccess(identifier: string, ip: string) {
  await limiters().failsByAccountAndIp.delete(accountKey(identifier, ip));
}

/** Counts one mail request (forgot password, resend activation) per address and per IP. */
export async function consumeMailRequest(email: string, ip: string) {
  const { mailsByAccount, mailsByIp } = limiters();
  await consume(mailsByIp, ip);
  await consume(mailsByAccount, email.toLowerCase());
}
