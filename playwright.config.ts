// End-to-end tests in Debian's Chromium (never a downloaded browser) against a production
// build served by scripts/e2e-server.ts. Run `npm run build` first (npm test does).
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import { embeddedServerUrl } from "./scripts/lib/embedded-postgres";

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;

// The run's database, named once: Playwright evaluates this file in its main process first,
// and both the web server (scripts/e2e-server.ts creates it) and the workers (whose fixtures
// make users in it) inherit the variable. Same server choice as scripts/lib/test-database.ts.
const databaseServer = new URL(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || embeddedServerUrl("postgres"));
databaseServer.pathname = `/lms_e2e_${Date.now()}_${process.pid}`;
process.env.E2E_DATABASE_URL ??= databaseServer.toString();
// The payment gateway's secret, likewise shared: the server checks callbacks with it and the
// tests sign theirs (e2e/api/payments.spec.ts).
process.env.PAYMENT_WEBHOOK_SECRET ??= randomBytes(32).toString("base64url");

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
