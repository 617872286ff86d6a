// A fresh, migrated database for one test run, on TEST_DATABASE_URL's or DATABASE_URL's
// server when given, otherwise on the embedded one. Dropped again by drop().
import pg from "pg";
import { migrate } from "../db/migrate";
import { embeddedServerUrl, startEmbeddedPostgres } from "./embedded-postgres";

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const STALE_AFTER_MS = 60 * 60 * 1000;

/** Test databases that an interrupted run left behind (names carry their creation time). */
async function dropStale(serverUrl: string, prefix: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
    for (const { datname } of rows) {
      const created = Number(datname.slice(prefix.length + 1).split("_")[0]);
      if (created && Date.now() - created > STALE_AFTER_MS) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/** name defaults to `<prefix>_<now>_<pid>`; a given one must follow that form too, so stale copies are found. */
export async function createTestDatabase(prefix: string, name = `${prefix}_${Date.now()}_${process.pid}`): Promise<{ url: string; drop: () => Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const embedded = given ? null : await startEmbeddedPostgres();
  const serverUrl = given ?? embeddedServerUrl("postgres");
  await dropStale(serverUrl, prefix);
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migrate(url, { quiet: true });
  return {
    url,
    drop: async () => {
      // On Ctrl-C the embedded server may already be stopping; the next run drops it then.
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch((error: Error) =>
        console.warn(`Could not drop test database ${name}: ${error.message}`),
      );
      await embedded?.stop();
    },
  };
}
