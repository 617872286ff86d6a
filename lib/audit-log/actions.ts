// Every action the code writes to the audit log, and the kinds of rows they are about: the
// filters' choices, and the AuditActions catalog's keys (a test checks both against lib/).
export const AUDIT_ACTIONS = [
  "auth.password_change",
  "auth.password_reset",
  "auth.password_reset_requested",
  "auth.refresh_token_reused",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_ins_paused",
  "auth.sign_out_everywhere",
  "category.create",
  "category.delete",
  "category.update",
  "certificate.create",
  "certificate.delete",
  "certificate.reinstate",
  "certificate.revoke",
  "comment.delete",
  "course.create_for",
  "course.delete",
  "course.reassign",
  "courses.reassign",
  "discussion.create",
  "discussion.delete",
  "discussion.update",
  "enrollment.delete",
  "enrollment.update",
  "invoice.cancel",
  "invoice.markPaid",
  "submission.grade",
  "user.activate",
  "user.create",
  "user.delete",
  "user.disable",
  "user.email_change",
  "user.enable",
  "user.member_level_change",
  "user.password_reset_sent",
  "user.register",
  "user.role_change",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = ["Category", "Certificate", "Comment", "Completion", "Course", "Discussion", "Enrollment", "Invoice", "User"] as const;

export const isKnownAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);
