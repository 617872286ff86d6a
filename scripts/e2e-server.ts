// The server Playwright tests run against: a production build under `next start`, on a
// fresh migrated and seeded database that is dropped when Playwright stops the server.
import { createTestDatabase } from "./lib/test-database";
import { exitCodeOf, runNext } from "./lib/next-bin";
import { seedIfEmpty } from "./lib/prepare-database";

const port = process.env.E2E_PORT ?? "3100";
// playwright.config.ts names the database, so that its test workers can reach it too.
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL;
const database = await createTestDatabase("lms_e2e", e2eDatabaseUrl ? new URL(e2eDatabaseUrl).pathname.slice(1) : undefined);
await seedIfEmpty(database.url);

const server = runNext(["start", "--port", port, "--hostname", "127.0.0.1"], {
  ...process.env,
  NODE_ENV: "production",
  LMS_DEMO: "1",
  DATABASE_URL: database.url,
  APP_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
const code = await exitCodeOf(server);
await database.drop();
process.exit(code);
