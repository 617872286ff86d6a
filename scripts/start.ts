// npm start — the whole product on one command. Without DATABASE_URL it runs the embedded
// PostgreSQL (data in .data/, kept across restarts); with it, that server. Then: migrate,
// seed an empty database, build if there is no build, serve on HOST:PORT (default
// 127.0.0.1:3000) through scripts/server.ts.
// `npm run dev` does the same with `next dev` instead of a production build.
// A local run (the embedded database, or dev) gets random secrets made once in .data/.
import { existsSync } from "node:fs";
import { parseEnv } from "../lib/env";
import { exitCodeOf, runNext, runServer } from "./lib/child-processes";
import { resolveDatabaseUrl } from "./lib/embedded-postgres";
import { localSecrets } from "./lib/local-secrets";
import { migrate } from "./db/migrate";
import { seedIfEmpty } from "./lib/prepare-database";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";

const database = await resolveDatabaseUrl();
const local = dev || database.embedded;
const env: NodeJS.ProcessEnv = {
  // Variables the user set win over the generated secrets.
  ...(local ? await localSecrets() : {}),
  ...process.env,
  DATABASE_URL: database.url,
  APP_URL: process.env.APP_URL || `http://localhost:${port}`,
  NODE_ENV: dev ? "development" : "production",
  // The embedded database means a local demo: the mail outbox stays readable.
  ...(database.embedded ? { LMS_DEMO: "1" } : {}),
};

let host: string;
try {
  host = parseEnv(env).HOST;
} catch (error) {
  console.error((error as Error).message);
  await database.stop();
  process.exit(1);
}

await migrate(database.url, { quiet: true });
const seeded = await seedIfEmpty(database.url);

if (!dev && !existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: building (about a minute)…");
  const code = await exitCodeOf(runNext(["build"], env));
  if (code !== 0) {
    await database.stop();
    process.exit(code);
  }
}

const server = runServer(env);
const forward = (signal: NodeJS.Signals) => server.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);

console.log(`
  Lumen LMS on ${env.APP_URL} (listening on ${host}${host === "127.0.0.1" ? " only: set HOST=0.0.0.0 to open it to the network" : ""})
  Database: ${database.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL"}${seeded ? ", demo data seeded" : ""}
  Demo sign-ins (password lms-demo-2026): admin@example.com, teacher@example.com, student@example.com
  Ctrl-C stops ${database.embedded ? "the server and the database" : "the server"}.
`);

const code = await exitCodeOf(server);
await database.stop();
process.exit(code);
