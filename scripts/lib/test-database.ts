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

export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const embedded = given ? null : await startEmbeddedPostgres();
  const serverUrl = given ?? embeddedServerUrl("postgres");
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migrate(url, { quiet: true });
  return {
    url,
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await embedded?.stop();
    },
  };
}
