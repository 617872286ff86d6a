// The read cache on its own: one instance in memory, and two instances (separate memory,
// one Redis) the way two app servers share it. The Redis half runs when TEST_REDIS_URL is set.
import { afterAll, describe, expect, it } from "vitest";
import { publicTags } from "@/lib/cache/public-data";
import { createReadCache, type ReadCache } from "@/lib/cache/read-cache";
import { getCourse } from "@/lib/courses/get-course";
import { db } from "@/lib/db";
import { makeCourse, makeUser, unique } from "../factories";

const redisUrl = process.env.TEST_REDIS_URL;
const opened: ReadCache[] = [];
const open = (opts: Parameters<typeof createReadCache>[0] = {}) => {
  const cache = createReadCache(opts);
  opened.push(cache);
  return cache;
};
afterAll(() => Promise.all(opened.map((cache) => cache.disconnect())));

/** A loader that counts how often it ran and returns the count. */
const counting = () => {
  const load = async () => ++load.calls;
  load.calls = 0;
  return load;
};

describe("read cache in memory (one instance)", () => {
  it("loads once per key, and again only after one of its tags is invalidated", async () => {
    const cache = open();
    const list = counting();
    const other = counting();
    expect(await cache.remember("list", ["catalog"], list)).toBe(1);
    expect(await cache.remember("list", ["catalog"], list)).toBe(1);
    expect(await cache.remember("other", ["categories"], other)).toBe(1);

    await cache.invalidate(["catalog"]);
    expect(await cache.remember("list", ["catalog"], list)).toBe(2);
    expect(await cache.remember("other", ["categories"], other)).toBe(1);
    expect([list.calls, other.calls]).toEqual([2, 1]);
  });

  it("takes tags from the loaded value when they depend on it", async () => {
    const cache = open();
    const load = async () => ({ id: 7, teacherId: 3, calls: ++calls });
    let calls = 0;
    const tags = (value: { id: number; teacherId: number }) => [publicTags.course(value.id), publicTags.teacher(value.teacherId)];
    expect((await cache.remember("course:7", tags, load)).calls).toBe(1);
    await cache.invalidate([publicTags.teacher(4)]);
    expect((await cache.remember("course:7", tags, load)).calls).toBe(1);
    await cache.invalidate([publicTags.teacher(3)]);
    expect((await cache.remember("course:7", tags, load)).calls).toBe(2);
  });

  it("does not answer with a value whose load overlapped an invalidation (it may predate the write)", async () => {
    const cache = open();
    let release!: () => void;
    let calls = 0;
    const slow = async () => {
      calls++;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      return calls;
    };
    const first = cache.remember("slow", ["catalog"], slow);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.invalidate(["catalog"]);
    release();
    expect(await first).toBe(2);
    expect(await cache.remember("slow", ["catalog"], slow)).toBe(2);
    expect(calls).toBe(2);
  });

  it("never caches a failed load", async () => {
    const cache = open();
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error("not found");
    };
    await expect(cache.remember("missing", ["catalog"], failing)).rejects.toThrow("not found");
    await expect(cache.remember("missing", ["catalog"], failing)).rejects.toThrow("not found");
    expect(calls).toBe(2);
  });

  it("passes every read through when disabled (READ_CACHE=off)", async () => {
    const cache = open({ enabled: false });
    const load = counting();
    await cache.remember("k", ["catalog"], load);
    expect(await cache.remember("k", ["catalog"], load)).toBe(2);
  });
});

describe.skipIf(!redisUrl)("read cache across two instances (one Redis)", () => {
  it("shows a course edit made through instance A on the very next read from instance B", async () => {
    const prefix = unique("lms-test");
    const [a, b] = [open({ redisUrl, prefix }), open({ redisUrl, prefix })];
    const teacher = await makeUser({ role: "TEACHER" });
    const course = await makeCourse({ teacherId: teacher.id, title: "Before the edit" });
    const admin = { id: teacher.id, role: "ADMIN" as const };
    // Each instance loads the course from the database (uncached path) into its own memory.
    const read = (cache: ReadCache) => cache.remember(`course:id:${course.id}`, [publicTags.course(course.id)], () => getCourse(admin, { id: course.id }));
    expect((await read(a)).title).toBe("Before the edit");
    expect((await read(b)).title).toBe("Before the edit");

    await db.course.update({ where: { id: course.id }, data: { title: "After the edit" } });
    await a.invalidate([publicTags.course(course.id)]);

    expect((await read(b)).title).toBe("After the edit");
    expect((await read(a)).title).toBe("After the edit");
  });

  it("serves instance B from Redis what instance A loaded, without loading again", async () => {
    const prefix = unique("lms-test");
    const [a, b] = [open({ redisUrl, prefix }), open({ redisUrl, prefix })];
    let stored = "v1";
    let loads = 0;
    const load = async () => {
      loads++;
      return stored;
    };
    expect(await a.remember("shared", ["catalog"], load)).toBe("v1");
    expect(await b.remember("shared", ["catalog"], load)).toBe("v1");
    expect(loads).toBe(1);

    stored = "v2";
    await b.invalidate(["catalog"]);
    expect(await a.remember("shared", ["catalog"], load)).toBe("v2");
    expect(await b.remember("shared", ["catalog"], load)).toBe("v2");
  });
});

describe("read cache with Redis unreachable", () => {
  it("answers from the loader and lets writes through", async () => {
    const cache = open({ redisUrl: "redis://127.0.0.1:1", prefix: unique("lms-test") });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.remember("k", ["catalog"], load)).toBe(1);
    expect(await cache.remember("k", ["catalog"], load)).toBe(2);
    await expect(cache.invalidate(["catalog"])).resolves.toBeUndefined();
  });
});
