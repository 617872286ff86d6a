// The development outbox, readable only while mail stays local and never in production.
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";
import { outboxEnabled } from "./transport";

export type OutboxMail = { id: number; to: string; subject: string; text: string; html: string; createdAt: Date };

/** The outbox may be shown (/dev/mail, /api/dev/mail): mail is stored locally, and this is not production. */
export function outboxReadable(): boolean {
  return outboxEnabled() && !isProduction();
}

const MAX_LIMIT = 500;

/**
 * Mails in the outbox, optionally to one recipient (any casing: the outbox stores recipients
 * lower-case, so the lower-cased address uses the (to, createdAt) index).
 */
export async function listOutbox(opts: { to?: string; limit?: number; order: "asc" | "desc" }): Promise<OutboxMail[]> {
  const to = opts.to?.trim().toLowerCase();
  return db.mailOutbox.findMany({
    where: to ? { to } : {},
    orderBy: [{ createdAt: opts.order }, { id: opts.order }],
    take: Math.min(Math.max(Math.trunc(opts.limit ?? 100), 1), MAX_LIMIT),
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
