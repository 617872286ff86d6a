// The development outbox, readable only while mail stays local and never in production.
import { db } from "@/lib/db";
import { isProduction } from "@/lib/env";
import { outboxEnabled } from "./transport";

export type OutboxMail = { id: number; to: string; subject: string; text: string; html: string; createdAt: Date };

/** The outbox may be shown (/dev/mail, /api/dev/mail): not production, and mail is stored locally. */
export function outboxReadable(): boolean {
  // Production is checked first: it answers from NODE_ENV alone, without parsing the environment.
  return !isProduction() && outboxEnabled();
}

const MAX_LIMIT = 500;

/**
 * Mails in the outbox, optionally to one recipient (any casing: the outbox stores recipients
 * lower-case, so the lower-cased address uses the (to, createdAt) index).
 */
export async function listOutbox(opts: { to?: string; limit?: number; order: "asc" | "desc" }): Promise<OutboxMail[]> {
  const to = opts.to?.trim().toLowerCase();
  const limit = opts.limit !== undefined && Number.isFinite(opts.limit) ? Math.min(Math.max(Math.trunc(opts.limit), 1), MAX_LIMIT) : 100;
  return db.mailOutbox.findMany({
    where: to ? { to } : {},
    orderBy: [{ createdAt: opts.order }, { id: opts.order }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
