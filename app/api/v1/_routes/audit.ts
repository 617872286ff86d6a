// The audit log over the API: administrators read who did what, filtered and paged.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { ZAuditListQuery } from "@/lib/audit-log/schemas";
import { ZAuditEntryView } from "@/lib/audit-log/view-schemas";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export const auditLogRoutes = {
  GET: route({
    summary: "List audit log entries (admins)",
    description:
      "Newest first. Filter by the acting user (`actorId`, or `actor`: part of a name or email, or an id), the exact `action` and `entity`, `entityId`, `subjectUserId` (entries by that user or about their account) and days (`from`, `to`: YYYY-MM-DD in UTC, both inclusive). Paginated.",
    tags: ["Administration"],
    auth: "required",
    roles: ADMIN_ROLES,
    query: ZAuditListQuery,
    data: z.object({ auditLogs: z.array(ZAuditEntryView) }),
    paginated: true,
    handler: async ({ actor, query }) => {
      const { items, pagination } = await listAuditEntries(actor, query);
      return { message: { key: "auditLogsListed" }, data: { auditLogs: items }, pagination };
    },
  }),
};
