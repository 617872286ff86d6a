// Runs once when a Next server process starts (dev, `npm start`, e2e): the background job
// queue (lib/jobs/boss.ts). Only in the Node.js runtime, and not during `next build`, which
// has no database. A queue that cannot start is logged; pages and the API keep serving, and
// reads still expire overdue invoices themselves.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("@/lib/jobs/boss");
  await startJobs().catch(() => undefined);
}
