// Background work on pg-boss: a job queue kept in PostgreSQL (its own "pgboss" schema), so
// the embedded database of the local demo needs no extra server, and schedules and queued
// jobs survive restarts. Started once per server process from instrumentation.ts; several
// instances may run it, pg-boss hands each scheduled run to one of them.
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { expireOverdueInvoices } from "@/lib/invoices/expire-invoices";
import { log } from "@/lib/log";

export const EXPIRE_INVOICES = "expire-invoices";

const globalForJobs = globalThis as unknown as { jobs?: Promise<PgBoss> };

async function start(): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 2 });
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  await boss.createQueue(EXPIRE_INVOICES);
  // Every minute: an invoice is at most a minute late to expire (reads expire it at once anyway).
  await boss.schedule(EXPIRE_INVOICES, "* * * * *", {}, { tz: "UTC" });
  await boss.work(EXPIRE_INVOICES, async () => {
    const expired = await expireOverdueInvoices();
    if (expired > 0) log.info({ expired }, "invoices expired");
  });
  return boss;
}

/** Starts the queue and its workers once per process (dev reloads reuse the running one). */
export function startJobs(): Promise<PgBoss> {
  globalForJobs.jobs ??= start().catch((error: unknown) => {
    globalForJobs.jobs = undefined;
    log.error({ err: error }, "job queue did not start");
    throw error;
  });
  return globalForJobs.jobs;
}
