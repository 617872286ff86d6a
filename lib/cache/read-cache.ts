// The read cache for public data. One instance per process: memory (L1) always, plus Redis
// (L2) when REDIS_URL is set, so what one app instance loaded serves the others.
// Invalidation is by tag and exact: every entry remembers the invalidation sequence number
// it was loaded under, and a read checks its tags' latest numbers (in memory, or in Redis
// when shared), so a write on one instance is seen by the very next read on any instance.
// READ_CACHE=off bypasses it (the benchmark's "no cache" server; debugging).
// Why this design: docs/read-cache.md.
import { BentoCache, bentostore, errors } from "bentocache";
import { memoryDriver } from "bentocache/drivers/memory";
import { redisDriver } from "bentocache/drivers/redis";
import Redis from "ioredis";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export type ReadCacheOptions = {
  /** Redis shared by every app instance; memory only when absent. */
  redisUrl?: string;
  /** Keeps test instances apart from the app's keys. */
  prefix?: string;
  enabled?: boolean;
};

export type ReadCache = {
  /** The cached value for key, or load() stored under key with its tags (fixed, or read off the value). */
  remember<T>(key: string, tags: string[] | ((value: T) => string[]), load: () => Promise<T>): Promise<T>;
  /** Every entry carrying one of these tags is loaded again on its next read, on every instance. */
  invalidate(tags: string[]): Promise<void>;
  disconnect(): Promise<void>;
};

/** Invalidation sequence numbers: the latest overall, and the latest per tag. */
type Versions = {
  current(): Promise<number>;
  latest(tags: string[]): Promise<number>;
  bump(tags: string[]): Promise<void>;
};

type Entry<T> = { loadedAt: number; tags: string[]; value: T };

// The TTL only bounds the memory held by queries nobody repeats; freshness comes from tags.
const TTL = "10m";

export function createReadCache(opts: ReadCacheOptions = {}): ReadCache {
  if (opts.enabled === false) {
    return { remember: (_key, _tags, load) => load(), invalidate: async () => {}, disconnect: async () => {} };
  }
  const prefix = opts.prefix ?? "lms:public";
  const redis = opts.redisUrl ? new Redis(opts.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 }) : undefined;
  // Connection errors surface on the commands (and are handled there); ioredis keeps reconnecting.
  redis?.on("error", () => {});
  // Alone, memory keeps entries as objects (no JSON round trip per hit; callers treat them as
  // read-only). Beside Redis it must hold the serialised form that bentocache copies from L2.
  const store = bentostore().useL1Layer(memoryDriver({ maxItems: 2_000, serialize: Boolean(redis) }));
  if (redis) store.useL2Layer(redisDriver({ connection: redis }));
  // L2 errors are swallowed by bentocache (it falls back to memory and the loader).
  const bento = new BentoCache({ default: "public", stores: { public: store }, prefix, ttl: TTL, grace: false, suppressL2Errors: true });
  const versions = redis ? redisVersions(redis, prefix) : memoryVersions();

  const load = async <T>(key: string, tags: string[] | ((value: T) => string[]), loader: () => Promise<T>) =>
    bento
      .getOrSet<Entry<T>>({
        key,
        // Read before loading: a write that commits while the load runs bumps past it.
        factory: async () => {
          const loadedAt = await versions.current();
          const value = await loader();
          return { loadedAt, tags: Array.isArray(tags) ? tags : tags(value), value };
        },
      })
      // Callers see the loader's own error (a 404 stays a 404), not bentocache's wrapper.
      .catch((error: unknown) => {
        throw error instanceof errors.E_FACTORY_ERROR ? error.cause : error;
      });

  return {
    async remember(key, tags, loader) {
      try {
        const entry = await load(key, tags, loader);
        if ((await versions.latest(entry.tags)) <= entry.loadedAt) return entry.value;
        await bento.delete({ key });
        return (await load(key, tags, loader)).value;
      } catch (error) {
        // Without Redis the numbers cannot be checked: read the database instead.
        if (error instanceof RedisUnavailable) return loader();
        throw error;
      }
    },
    async invalidate(tags) {
      if (tags.length === 0) return;
      // The write has committed by now; failing it over the cache would be worse. Reads
      // bypass the cache while Redis is unreachable.
      await versions.bump(tags).catch((error: unknown) => log.error({ err: error, tags }, "read cache invalidation failed"));
    },
    async disconnect() {
      await bento.disconnectAll();
      redis?.disconnect();
    },
  };
}

function memoryVersions(): Versions {
  let sequence = 0;
  const byTag = new Map<string, number>();
  return {
    current: async () => sequence,
    latest: async (tags) => Math.max(0, ...tags.map((tag) => byTag.get(tag) ?? 0)),
    async bump(tags) {
      sequence++;
      for (const tag of tags) byTag.set(tag, sequence);
    },
  };
}

// Sequence numbers from one Redis counter, so instances never compare their clocks.
class RedisUnavailable extends Error {}
const guarded = <T>(promise: Promise<T>) =>
  promise.catch((error: unknown) => {
    throw new RedisUnavailable(error instanceof Error ? error.message : String(error));
  });

const BUMP_SCRIPT = `local sequence = redis.call("INCR", KEYS[1])
for i = 2, #KEYS do redis.call("SET", KEYS[i], sequence) end
return sequence`;

function redisVersions(redis: Redis, prefix: string): Versions {
  const sequenceKey = `${prefix}:seq`;
  const tagKey = (tag: string) => `${prefix}:tag:${tag}`;
  return {
    current: async () => Number((await guarded(redis.get(sequenceKey))) ?? 0),
    async latest(tags) {
      if (tags.length === 0) return 0;
      return Math.max(0, ...(await guarded(redis.mget(tags.map(tagKey)))).map((value) => Number(value ?? 0)));
    },
    async bump(tags) {
      // One script, so two concurrent bumps can never leave a tag at the older number.
      await guarded(redis.eval(BUMP_SCRIPT, 1 + tags.length, sequenceKey, ...tags.map(tagKey)));
    },
  };
}

const globalForCache = globalThis as unknown as { readCache?: ReadCache };

/** The process's read cache, configured from the environment on first use. */
export function readCache(): ReadCache {
  globalForCache.readCache ??= createReadCache({ redisUrl: env().REDIS_URL, enabled: process.env.READ_CACHE !== "off" });
  return globalForCache.readCache;
}
