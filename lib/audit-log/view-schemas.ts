// The audit entry as the API shows it, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";

export const ZAuditEntryView = z
  .object({
    id: z.number().int(),
    actor: z.object({ id: z.number().int(), fullName: z.string(), email: z.string() }).nullable().meta({ description: "null for the system, a visitor or a deleted account" }),
    action: z.string().meta({ description: "e.g. invoice.markPaid, user.role_change" }),
    entity: z.string().meta({ description: "The kind of row it is about, e.g. Invoice, User" }),
    entityId: z.number().int().nullable(),
    data: z.record(z.string(), z.unknown()).nullable().meta({ description: "The action's details, e.g. { from, to }" }),
    ip: z.string().nullable(),
    createdAt: ZTimestamp,
  })
  .meta({ id: "AuditEntry" });
