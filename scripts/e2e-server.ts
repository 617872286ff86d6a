// The server Playwright tests run against: the production build under scripts/server.ts,
// on a fresh migrated and seeded database that is dropped when Playwright stops the server.
// Loopback only, no trusted proxy (e2e/security relies on it); secrets random per run
// unless the caller sets them.
import { randomBytes } from "node:crypto";
import { exitCodeOf, runServer } from "./lib/child-processes";
import { seedIfEmpty } from "./lib/prepare-database";
import { createTestDatabase } from "./lib/test-database";

const port = process.env.E2E_PORT ?? "3100";
// playwright.config.ts names the database, so that its test workers can reach it too.
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL;
const database = await createTestDatabase("lms_e2e", e2eDatabaseUrl ? new URL(e2eDatabaseUrl).pathname.slice(1) : undefined);
await seedIfEmpty(database.url);

const secret = () => randomBytes(32).toString("base64url");
const server = runServer({
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET || secret(),
  PAYMENT_WEBHOOK_SECRET: process.env.PAYMENT_WEBHOOK_SECRET || secret(),
  NODE_ENV: "production",
  LMS_DEMO: "1",
  DATABASE_URL: database.url,
  HOST: "127.0.0.1",
  PORT: port,
  TRUST_PROXY: "0",
  APP_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
const code = await exitCodeOf(server);
await database.drop();
process.exit(code);
