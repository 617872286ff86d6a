// Starting the production server for the benchmark: the same entry as `npm start`
// (scripts/server.mjs), with secrets of its own.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { runServer } from "../lib/child-processes";

export type AppServer = { url: string; process: ChildProcess; stop: () => Promise<void> };

export async function startAppServer(opts: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<AppServer> {
  const url = `http://127.0.0.1:${opts.port}`;
  const secret = () => randomBytes(32).toString("base64url");
  const child = runServer({
    ...process.env,
    AUTH_SECRET: secret(),
    PAYMENT_WEBHOOK_SECRET: secret(),
    NODE_ENV: "production",
    LMS_DEMO: "1",
    HOST: "127.0.0.1",
    PORT: String(opts.port),
    TRUST_PROXY: "0",
    DATABASE_URL: opts.databaseUrl,
    APP_URL: url,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
    ...opts.env,
  });
  await waitUntilUp(`${url}/api/health`, child);
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("close", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}
