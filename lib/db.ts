// The one database client. Only lib/ imports it. It is created on first use, so that
// `next build` can import modules without a database and the environment is read once.
import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// Query events cost every statement an event object with its SQL and parameters, so they
// are on only where something listens: trace logging, and tests that count statements.
const queryEvents = () => log.isLevelEnabled("trace") || process.env.NODE_ENV === "test";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 });
  // The type names the query event either way, so $on("query") type-checks; it fires only when on.
  const events = (queryEvents() ? [{ emit: "event", level: "query" }] : []) as [{ emit: "event"; level: "query" }];
  const client = new PrismaClient({ adapter, log: events });
  client.$on("query", (event) => log.trace({ sql: event.query, durationMs: event.duration }, "sql"));
  return client;
}

type Client = ReturnType<typeof createClient>;

// One client per process; dev reloads reuse it instead of opening new pools.
const globalForPrisma = globalThis as unknown as { prisma?: Client };
const client = (): Client => (globalForPrisma.prisma ??= createClient());

export const db: Client = new Proxy({} as Client, {
  get(_, prop) {
    const real = client();
    const value = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** The client inside an interactive transaction; domain helpers accept it or db. */
export type Tx = Prisma.TransactionClient;
