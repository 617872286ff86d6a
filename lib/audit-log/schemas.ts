import { z } from "zod";
import { ZPositiveId } from "@/lib/courses/schemas";
import { msg } from "@/lib/i18n/validation-text";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

/** A calendar day, "YYYY-MM-DD", that exists. */
const ZDay = ZText().pipe(z.iso.date({ error: msg("isoDate") }));
const ZName = ZText().trim().max(100, msg("fieldMaxLength"));

/** The audit log's filters: who, what, about what, when; newest first, paged. */
export const ZAuditListQuery = ZPageQuery.extend({
  actorId: blankAsMissing(ZPositiveId().optional()).meta({ description: "Entries written by this user" }),
  actor: ZSearch.meta({ description: "Entries written by a user whose name or email contains this text, or whose id it is" }),
  action: blankAsMissing(ZName.optional()).meta({ description: "An exact action, e.g. invoice.markPaid" }),
  entity: blankAsMissing(ZName.optional()).meta({ description: "An exact entity, e.g. Invoice" }),
  entityId: blankAsMissing(ZPositiveId().optional()),
  subjectUserId: blankAsMissing(ZPositiveId().optional()).meta({ description: "Entries by this user or about them (entity User with this id)" }),
  from: blankAsMissing(ZDay.optional()).meta({ description: "First day, inclusive (YYYY-MM-DD)" }),
  to: blankAsMissing(ZDay.optional()).meta({ description: "Last day, inclusive (YYYY-MM-DD)" }),
}).refine((query) => !query.from || !query.to || query.from <= query.to, { message: msg("dateRangeOrder"), path: ["to"] });

export type AuditListQuery = z.infer<typeof ZAuditListQuery>;
export type AuditListInput = z.input<typeof ZAuditListQuery>;
