// npm run bench — the production server beside a raw node:http + pg baseline, in one
// interleaved run. It builds nothing: run `npx next build` first. Data: a fresh database
// with the demo seed on TEST_DATABASE_URL's (or DATABASE_URL's) server, else on the
// embedded PostgreSQL; dropped at the end. Three servers: the app, the app with the read
// cache off (READ_CACHE=off), and the baseline. Each row runs autocannon with 32
// connections for BENCH_SECONDS (15) per round, BENCH_ROUNDS (3) rounds, rows interleaved
// within each round; the table shows medians over rounds. Figures go to docs/benchmarks.md.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { hashPassword, verifyPassword } from "../../lib/auth/password-hash";
import { type AppServer, startAppServer, waitUntilUp } from "./app-server";
import { seededDatabase } from "./database";
import { studentSessionCookie, studiedLesson } from "./student-session";

const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 32;
const ports = { app: 3200, uncached: 3201, raw: 3202 };
const LIST = "/api/v1/programs?page=1&limit=10";
// BENCH_ONLY=SSR keeps the rows whose name contains it (plus the raw and floor rows the ratios need).
const only = process.env.BENCH_ONLY;

type Row = { name: string; target: "app" | "uncached" | "raw"; path: string; method?: "GET" | "POST"; headers?: Record<string, string>; body?: string };
type Sample = { rps: number; p50: number; p99: number; non2xx: number; errors: number; bytes: number };

async function argon2Figures() {
  const time = async (fn: () => Promise<unknown>, n = 10) => {
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await fn();
      samples.push(performance.now() - started);
    }
    return samples.sort((a, b) => a - b)[Math.floor(n / 2)]!.toFixed(1);
  };
  const hash = await hashPassword("benchmark passphrase");
  console.log(`argon2id (m=19 MiB, t=2, p=1): hash p50 ${await time(() => hashPassword("benchmark passphrase"))} ms, verify p50 ${await time(() => verifyPassword(hash, "benchmark passphrase"))} ms\n`);
}

/** Resident memory of a process and its descendants (next start may fork), in MB. */
function rssMb(pid: number): number {
  const own = (() => {
    try {
      const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
      return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
    } catch {
      return 0;
    }
  })();
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  return own + children.reduce((sum, child) => sum + rssMb(child), 0);
}

async function measure(baseUrl: string, row: Row, duration: number): Promise<Sample> {
  const result = await autocannon({
    url: `${baseUrl}${row.path}`,
    method: row.method ?? "GET",
    headers: row.headers,
    body: row.body,
    connections,
    duration,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytes: result.requests.total ? result.throughput.total / result.requests.total : 0,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function startRaw(databaseUrl: string) {
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/bench/raw-server.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(ports.raw) },
  });
  await waitUntilUp(`http://127.0.0.1:${ports.raw}/api/health`, child);
  return child;
}

async function firstCourseSlug(url: string) {
  const body = (await (await fetch(`${url}/api/v1/courses?limit=1`)).json()) as { data: { courses: { id: number; slug: string }[] } };
  const course = body.data.courses[0];
  if (!course) throw new Error("the seed has no published course");
  return course;
}

async function bearerToken(url: string) {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "student@example.com", password: "lms-demo-2026" }),
  });
  const body = (await response.json()) as { data?: { accessToken?: string } };
  if (!body.data?.accessToken) throw new Error(`login failed: ${response.status}`);
  return body.data.accessToken;
}

await argon2Figures();
const database = await seededDatabase();
const servers: AppServer[] = [];
const raw = await startRaw(database.url);
try {
  const app = await startAppServer({ port: ports.app, databaseUrl: database.url });
  servers.push(app);
  const uncached = await startAppServer({ port: ports.uncached, databaseUrl: database.url, env: { READ_CACHE: "off" } });
  servers.push(uncached);
  const rssBefore = rssMb(app.process.pid!);

  const course = await firstCourseSlug(app.url);
  const token = await bearerToken(app.url);
  // Successful sign-ins of one account: the per-account limits count failures only.
  const login = JSON.stringify({ email: "student@example.com", password: "lms-demo-2026" });
  const session = await studentSessionCookie(app.url, "student@example.com", "lms-demo-2026");
  const lesson = await studiedLesson(app.url, token);
  const allRows: Row[] = [
    { name: "raw baseline: list", target: "raw", path: LIST },
    { name: "floor: unknown /api/v1 path (404)", target: "app", path: "/api/v1/bench-no-such-route" },
    { name: "list, anonymous, from cache", target: "app", path: LIST },
    { name: "list, cache off (READ_CACHE=off)", target: "uncached", path: LIST },
    { name: "course detail, from cache", target: "app", path: `/api/v1/programs/${course.id}` },
    { name: "GET /users/me (bearer)", target: "app", path: "/api/v1/users/me", headers: { authorization: `Bearer ${token}` } },
    { name: "POST /auth/login", target: "app", path: "/api/v1/auth/login", method: "POST", headers: { "content-type": "application/json" }, body: login },
    { name: "SSR /courses", target: "app", path: "/courses" },
    { name: `SSR /courses/${course.slug}`, target: "app", path: `/courses/${course.slug}` },
    // The reader as its student sees it (records the visit on every request, as a page view does).
    { name: `SSR reader /learn/${lesson.slug}/${lesson.contentId} (signed in)`, target: "app", path: `/learn/${lesson.slug}/${lesson.contentId}`, headers: { cookie: session } },
    // Completing a lesson already completed: the whole completion path (enrolment lock, recount) without a new row.
    {
      name: "POST …/contents/{id}/complete (bearer)",
      target: "app",
      path: `/api/v1/courses/${lesson.courseId}/modules/${lesson.moduleId}/contents/${lesson.contentId}/complete`,
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    },
  ];
  const rows = allRows.filter((row, index) => index < 2 || !only || row.name.includes(only));
  const urls = { app: app.url, uncached: uncached.url, raw: `http://127.0.0.1:${ports.raw}` };

  console.log("warming up…");
  for (const row of rows) await measure(urls[row.target], row, 2);

  const samples = new Map<string, Sample[]>(rows.map((row) => [row.name, []]));
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round} of ${rounds} (${rows.length} rows × ${seconds} s)`);
    for (const row of rows) samples.get(row.name)!.push(await measure(urls[row.target], row, seconds));
  }
  const rssAfter = rssMb(app.process.pid!);

  const rawRps = median(samples.get(rows[0]!.name)!.map((s) => s.rps));
  const floorRps = median(samples.get(rows[1]!.name)!.map((s) => s.rps));
  console.log(`\n${connections} connections, ${rounds} × ${seconds} s, medians over rounds\n`);
  console.log("| row | req/s | p50 ms | p99 ms | ours / raw | ours / floor | bytes | non-2xx |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) {
    const of = samples.get(row.name)!;
    const rps = median(of.map((s) => s.rps));
    const ratio = row.target === "raw" ? "1.00" : (rps / rawRps).toFixed(2);
    const toFloor = row.target === "raw" ? "" : (rps / floorRps).toFixed(2);
    const non2xx = of.reduce((sum, s) => sum + s.non2xx + s.errors, 0);
    console.log(
      `| ${row.name} | ${rps.toFixed(0)} | ${median(of.map((s) => s.p50))} | ${median(of.map((s) => s.p99))} | ${ratio} | ${toFloor} | ${median(of.map((s) => s.bytes)).toFixed(0)} | ${non2xx} |`,
    );
  }
  console.log(`\napp server RSS: ${rssBefore.toFixed(0)} MB after start, ${rssAfter.toFixed(0)} MB after the run`);
  console.log("(the floor row answers 404 by design, so its non-2xx count is every request)");
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  raw.kill("SIGTERM");
  await database.drop();
}
