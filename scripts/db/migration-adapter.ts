// The driver adapter that Prisma 6.19's in-process schema engine migrates through.
// It is @prisma/adapter-pg 7.x with two repairs, both confined to the migration tooling:
//  - the engine's introspection returns Postgres' internal "char" type (oid 18), which the
//    adapter cannot map: it is reported as text;
//  - the adapter's own shadow database ignores the database name when given a connection
//    string and drops the database while its pool is still open: ours builds the shadow
//    pool from separate fields and drops the database after closing it.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type QueryResult = { fields?: { dataTypeID: number }[] };
type Queryable = { performIO: (query: unknown) => Promise<QueryResult> };

let patched = false;
function reportCharAsText(adapter: Adapter) {
  if (patched) return;
  patched = true;
  // performIO lives on the prototype shared by the adapter and its transactions.
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as Queryable;
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: Queryable, query: unknown) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
}

function poolConfig(url: string, database?: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database ?? decodeURIComponent(parsed.pathname.slice(1)),
    allowExitOnIdle: true,
  };
}

export function migrationAdapter(url: string) {
  if (!url) throw new Error("DATABASE_URL is not set");
  const base = new PrismaPg(poolConfig(url));
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      reportCharAsText(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const admin = new pg.Client(poolConfig(url));
      await admin.connect();
      const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg(poolConfig(url, database)).connect();
      reportCharAsText(shadow);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}
