// npm run bench — password hashing cost, and sign-in / catalog latency over real HTTP.
// BENCH_URL points at a running server (default http://localhost:3000, e.g. `npm start`);
// the HTTP part is skipped when nothing answers there. Figures go to docs/benchmarks.md.
import { performance } from "node:perf_hooks";
import { hashPassword, verifyPassword } from "../../lib/auth/password-hash";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
const runs = Number(process.env.BENCH_RUNS ?? 30);

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  console.log(`${label.padEnd(34)} n=${samples.length}  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`);
}

async function time(fn: () => Promise<unknown>, n = runs) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

const hash = await hashPassword("benchmark passphrase");
summary("argon2id hash (m=19 MiB, t=2, p=1)", await time(() => hashPassword("benchmark passphrase")));
summary("argon2id verify", await time(() => verifyPassword(hash, "benchmark passphrase")));

const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
if (!up) {
  console.log(`No server at ${base}: HTTP figures skipped (start one with npm start, or set BENCH_URL).`);
} else {
  const login = (password: string) => () =>
    fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "teacher@example.com", password }),
    }).then((r) => r.arrayBuffer());
  summary("POST /api/v1/auth/login (success)", await time(login("lms-demo-2026")));
  summary("GET /api/v1/courses?limit=12", await time(() => fetch(`${base}/api/v1/courses?limit=12`).then((r) => r.arrayBuffer())));
  summary("GET /api/v1/courses?limit=100", await time(() => fetch(`${base}/api/v1/courses?limit=100`).then((r) => r.arrayBuffer())));
}
