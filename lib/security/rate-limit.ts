// Brute-force limits for password checks (sign-in and the re-checks of a signed-in user) and
// for account mails. Counters live in Redis when REDIS_URL is set, otherwise in PostgreSQL,
// so every app instance shares them.
import Redis from "ioredis";
import { type IRateLimiterStoreOptions, RateLimiterPrisma, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { COMMENTS_PER_MINUTE } from "@/lib/discussions/limits";
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

const MINUTES_15 = 15 * 60;
const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/**
 * Guesses at one account's password, for one kind of check. `client`: 10 consecutive
 * failures of one account from one client pause that client for 15 minutes. `account`: the
 * account from anywhere, backing off in two steps (10 failures in 15 minutes pause it for
 * 15 minutes, 100 in a day for the rest of that day).
 */
const guessLimits = (kind: string) => ({
  client: makeLimiter({ keyPrefix: `${kind}_fail_acct_ip`, points: 10, duration: DAY, blockDuration: MINUTES_15 }),
  account: [
    makeLimiter({ keyPrefix: `${kind}_fail_acct`, points: 10, duration: MINUTES_15, blockDuration: MINUTES_15 }),
    makeLimiter({ keyPrefix: `${kind}_fail_acct_day`, points: 100, duration: DAY, blockDuration: DAY }),
  ],
});

const buildLimiters = () => ({
  signIn: guessLimits("signin"),
  recheck: guessLimits("recheck"),
  // 100 failed sign-ins from one IP in a day block the IP for a day.
  signInFailsByIp: makeLimiter({ keyPrefix: "signin_fail_ip", points: 100, duration: DAY, blockDuration: DAY }),
  // Account mails (registration, activation, reset): 5 per address and 100 per IP an hour;
  // the IP limit stays generous because a whole school may share one address.
  mailsByAccount: makeLimiter({ keyPrefix: "mail_acct", points: 5, duration: HOUR }),
  mailsByIp: makeLimiter({ keyPrefix: "mail_ip", points: 100, duration: HOUR }),
  // Forum comments (posts and replies) per user, against flooding a forum.
  commentsByUser: makeLimiter({ keyPrefix: "comment_user", points: COMMENTS_PER_MINUTE, duration: 60 }),
});
let cached: ReturnType<typeof buildLimiters> | undefined;
const limiters = () => (cached ??= buildLimiters());

const retrySeconds = (msBeforeNext: number) => Math.max(1, Math.ceil(msBeforeNext / 1000));

const tooMany = (msBeforeNext: number) => {
  const seconds = retrySeconds(msBeforeNext);
  const minutes = Math.ceil(seconds / 60);
  return new AppError("TOO_MANY_REQUESTS", { key: "tooManyAttempts", values: { minutes } }, {
    headers: { "Retry-After": String(seconds) },
  });
};

async function assertNotBlocked(limiter: Limiter, key: string) {
  const res = await limiter.get(key);
  if (res && res.remainingPoints <= 0) throw tooMany(res.msBeforeNext);
}

/** Counts one point; returns the block it started (seconds), or 0. */
async function consume(limiter: Limiter, key: string): Promise<number> {
  try {
    const res = await limiter.consume(key);
    // The attempt that uses the last point starts the block, so the next one gets 429
    // with a Retry-After of the block, not of the whole counting window.
    if (res.remainingPoints === 0 && limiter.blockDuration > 0) {
      await limiter.block(key, limiter.blockDuration);
      return limiter.blockDuration;
    }
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
    throw error;
  }
}

/**
 * Who is guessing at which account. `account` names the account (its id when it exists,
 * else the identifier typed); `ip` is the client's address; `device` is the id of a valid
 * device token of that very account, which marks a client it was signed in from before.
 */
export type GuessSource = { account: string; ip: string; device?: string };

const clientKey = (source: GuessSource) => (source.device ? `${source.account}|device:${source.device}` : `${source.account}|${source.ip}`);

/**
 * Before checking a sign-in password: 429 with Retry-After while the IP or the client is
 * blocked, or, for clients without a device token, the whole account. A known device is
 * exempt from the account-wide block, so an attacker cannot lock its owner out.
 */
export async function assertSignInAllowed(source: GuessSource) {
  const { signIn, signInFailsByIp } = limiters();
  await assertNotBlocked(signInFailsByIp, source.ip);
  await assertNotBlocked(signIn.client, clientKey(source));
  if (!source.device) for (const limiter of signIn.account) await assertNotBlocked(limiter, source.account);
}

/**
 * Counts a failed sign-in; the failure that reaches a limit is answered with 429 already.
 * Returns the seconds of an account-wide block this failure started (0 for none), so that
 * the owner can be told once per block.
 */
export async function recordSignInFailure(source: GuessSource): Promise<number> {
  const { signIn, signInFailsByIp } = limiters();
  await consume(signInFailsByIp, source.ip);
  await consume(signIn.client, clientKey(source));
  if (source.device) return 0;
  let started = 0;
  for (const limiter of signIn.account) started = Math.max(started, await consume(limiter, source.account));
  return started;
}

/** A successful sign-in clears the consecutive-failure count of that account and client. */
export async function recordSignInSuccess(source: GuessSource) {
  await limiters().signIn.client.delete(clientKey(source));
}

/** A completed password reset proves the owner: the account-wide sign-in block ends. */
export async function clearAccountSignInBlock(account: string) {
  await Promise.all(limiters().signIn.account.map((limiter) => limiter.delete(account)));
}

/** Before re-checking a signed-in user's password (change password, change email, delete account). */
export async function assertRecheckAllowed(source: GuessSource) {
  const { recheck } = limiters();
  await assertNotBlocked(recheck.client, clientKey(source));
  for (const limiter of recheck.account) await assertNotBlocked(limiter, source.account);
}

export async function recordRecheckFailure(source: GuessSource) {
  const { recheck } = limiters();
  await consume(recheck.client, clientKey(source));
  for (const limiter of recheck.account) await consume(limiter, source.account);
}

export async function recordRecheckSuccess(source: GuessSource) {
  await limiters().recheck.client.delete(clientKey(source));
}

/** Counts one mail request (forgot password, resend activation) per address and per IP. */
export async function consumeMailRequest(email: string, ip: string) {
  const { mailsByAccount, mailsByIp } = limiters();
  await consume(mailsByIp, ip);
  await consume(mailsByAccount, email.toLowerCase());
}

/** Counts one comment (post or reply) of a user; the one past the limit of a minute is 429 with Retry-After. */
export async function consumeCommentPost(userId: number) {
  try {
    await limiters().commentsByUser.consume(String(userId));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const seconds = retrySeconds(error.msBeforeNext);
    throw new AppError("TOO_MANY_REQUESTS", { key: "tooManyComments", values: { seconds } }, { headers: { "Retry-After": String(seconds) } });
  }
}
