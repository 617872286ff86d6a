// The audit trail of admin and security-relevant actions.
import { db, type Tx } from "@/lib/db";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

type AuditClient = Pick<Tx, "auditLog">;

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  data?: Record<string, unknown>;
  ip?: string | null;
};

export function audit(entry: AuditEntry, tx: AuditClient = db) {
  return tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      data: (entry.data ?? undefined) as InputJsonValue | undefined,
      ip: entry.ip ?? null,
    },
  });
}
