// An audit entry as pages and the API show it: who (null for the system or a deleted
// account), what, about which row, with its details.
import type { AuditLogSelect } from "@/lib/generated/prisma/models";

export const auditEntrySelect = {
  id: true,
  action: true,
  entity: true,
  entityId: true,
  data: true,
  ip: true,
  createdAt: true,
  actor: { select: { id: true, fullName: true, email: true } },
} satisfies AuditLogSelect;

type AuditEntryRow = {
  id: number;
  action: string;
  entity: string;
  entityId: number | null;
  data: unknown;
  ip: string | null;
  createdAt: Date;
  actor: { id: number; fullName: string; email: string } | null;
};

export type AuditEntryView = {
  id: number;
  actor: { id: number; fullName: string; email: string } | null;
  action: string;
  entity: string;
  entityId: number | null;
  data: Record<string, unknown> | null;
  ip: string | null;
  createdAt: string;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export const toAuditEntryView = (row: AuditEntryRow): AuditEntryView => ({
  id: row.id,
  actor: row.actor,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  data: isRecord(row.data) ? row.data : null,
  ip: row.ip,
  createdAt: row.createdAt.toISOString(),
});
