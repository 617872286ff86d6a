// An audit entry as a sentence in the reader's language ("Ana marked invoice #12 of user #7
// paid"), from the AuditActions catalog: its key is the action, its values the actor, the
// row's id and the entry's details. An action the catalog does not know reads as its raw name.
import type { AuditEntryView } from "@/lib/audit-log/views";
import { isKnownAction } from "@/lib/audit-log/actions";
import type { T } from "@/lib/i18n/translator";

// Every detail a message may name: absent ones read as a dash rather than failing the message.
const DETAILS = ["authorId", "email", "from", "grade", "identifier", "name", "role", "seconds", "slug", "studentId", "teacherId", "title", "to", "userId"] as const;
const NONE = "–";

const plain = (value: unknown) => (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : null);

export function auditSentence(entry: AuditEntryView, t: { audit: T<"AdminAudit">; actions: T<"AuditActions"> }): string {
  const actor = entry.actor?.fullName ?? t.audit("system");
  const id = entry.entityId ?? NONE;
  if (!isKnownAction(entry.action)) return t.audit("unknownAction", { actor, action: entry.action, entity: entry.entity, id });
  const details = Object.fromEntries(DETAILS.map((name) => [name, plain(entry.data?.[name]) ?? NONE]));
  return t.actions(entry.action, { ...details, actor, id });
}
