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
  // Alone, memory keeps entries as objects (no JSON round trip per hit; callers treat them as
  // read-only). Beside Redis it must hold the serialised form that bentocache copies from L2.
  const store = bentostore().useL1Layer(memoryDriver({ maxItems: 2_000, serialize: Boolean(redis) }));
  if (redis) store.useL2Layer(redisDriver({ connection: redis }));
  const bento = new BentoCache({ default: "public", stores: { public: store }, prefix, ttl: TTL, grace: false });
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
      const entry = await load(key, tags, loader);
      if ((await versions.latest(entry.tags)) <= entry.loadedAt) return entry.value;
      await bento.delete({ key });
      return (await load(key, tags, loader)).value;
    },
    async invalidate(tags) {
      if (tags.length > 0) await versions.bump(tags);
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
function redisVersions(redis: Redis, prefix: string): Versions {
  const sequenceKey = `${prefix}:seq`;
  const tagKey = (tag: string) => `${prefix}:tag:${tag}`;
  return {
    current: async () => Number((await redis.get(sequenceKey)) ?? 0),
    async latest(tags) {
      if (tags.length === 0) return 0;
      return Math.max(0, ...(await redis.mget(tags.map(tagKey))).map((value) => Number(value ?? 0)));
    },
    async bump(tags) {
      const sequence = await redis.incr(sequenceKey);
      await redis.mset(Object.fromEntries(tags.map((tag) => [tagKey(tag), sequence])));
    },
  };
}

const globalForCache = globalThis as unknown as { readCache?: ReadCache };

/** The process's read cache, configured from the environment on first use. */
export function readCache(): ReadCache {
  globalForCache.readCache ??= createReadCache({ redisUrl: env().REDIS_URL, enabled: process.env.READ_CACHE !== "off" });
  return globalForCache.readCache;
}
