// The admin console's own operations: the audit log is for administrators only.
import { adminsOnly, type Row } from "./types";

export const adminRows: Row[] = [{ op: "GET /audit-logs", call: (world) => ({ path: `/api/v1/audit-logs?subjectUserId=${world.accounts.student.id}` }), expect: adminsOnly(200) }];
