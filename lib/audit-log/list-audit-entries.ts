// The audit log for administrators: filtered by who, what, about what and when, newest first.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { AuditLogWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertAdmin } from "@/lib/users/policy";
import { dayStart } from "./day-bounds";
import { type AuditListInput, type AuditListQuery, ZAuditListQuery } from "./schemas";
import { auditEntrySelect, toAuditEntryView } from "./views";

type ListOptions = { /** Where the days of `from` and `to` start; UTC unless told. */ timeZone?: string };

/** "42" is user 42 (or a name with 42 in it); other text is part of a name or an email. */
function actorMatching(text: string): AuditLogWhereInput {
  const byName: AuditLogWhereInput = { actor: { OR: [{ fullName: { contains: text, mode: "insensitive" } }, { email: { contains: text, mode: "insensitive" } }] } };
  const id = /^\d{1,9}$/.test(text) ? Number(text) : null;
  return id ? { OR: [{ actorId: id }, byName] } : byName;
}

function whereOf(query: AuditListQuery, timeZone: string): AuditLogWhereInput {
  return {
    AND: [
      query.actorId ? { actorId: query.actorId } : {},
      query.actor ? actorMatching(query.actor) : {},
      query.action ? { action: query.action } : {},
      query.entity ? { entity: query.entity } : {},
      query.entityId ? { entityId: query.entityId } : {},
      // A user's trail: what they did, and what was done to their account.
      query.subjectUserId ? { OR: [{ actorId: query.subjectUserId }, { entity: "User", entityId: query.subjectUserId }] } : {},
      query.from ? { createdAt: { gte: dayStart(query.from, timeZone) } } : {},
      // Inclusive: everything before the next day starts.
      query.to ? { createdAt: { lt: dayStart(query.to, timeZone, 1) } } : {},
    ],
  };
}

export async function listAuditEntries(actor: Actor, input: AuditListInput | Record<string, unknown>, { timeZone = "UTC" }: ListOptions = {}) {
  assertAdmin(actor);
  const query = parseInput(ZAuditListQuery, input);
  const where = whereOf(query, timeZone);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: auditEntrySelect, ...pageWindow(query) }),
    db.auditLog.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toAuditEntryView), total, query);
  return { items, pagination, query };
}

