// The development outbox, readable only while mail stays local and never in production.
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";
import { outboxEnabled } from "./transport";

export const outboxReadable = () => outboxEnabled() && !isProduction();

export async function listOutbox(opts: { to?: string; limit?: number; order: "asc" | "desc" }) {
  return db.mailOutbox.findMany({
    where: opts.to ? { to: opts.to.trim().toLowerCase() } : {},
    orderBy: [{ createdAt: opts.order }, { id: opts.order }],
    take: opts.limit ?? 100,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
