// The contract's display strings for enums ("In Progress", "Published"), and their
// case-insensitive reading: the API speaks labels, the database stores enum keys.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { ZText } from "./text";
import type { CompletionRule, ContentType, CourseStatus, EnrollmentStatus, InvoiceStatus, MemberLevel, QuestionType, Role, SubmissionKind } from "@/lib/generated/prisma/enums";

const normalise = (value: string) => value.toLowerCase().replace(/[\s_-]+/g, "");

/** aliases: extra input spellings, e.g. the contract's "User" for a student. */
function labelled<K extends string>(labels: Record<K, string>, aliases: Record<string, K> = {}) {
  const entries = Object.entries(labels) as [K, string][];
  const byNormalised = new Map<string, K>();
  for (const [key, label] of entries) {
    byNormalised.set(normalise(key), key);
    byNormalised.set(normalise(label), key);
  }
  for (const [alias, key] of Object.entries(aliases)) byNormalised.set(normalise(alias), key);
  const keys = entries.map(([key]) => key);
  return {
    label: (key: K) => labels[key],
    labels: entries.map(([, label]) => label),
    keys,
    /** A zod schema reading a label or key in any case, yielding the enum key. */
    schema: ZText().transform((value, ctx) => {
      const key = byNormalised.get(normalise(value));
      if (!key) {
        ctx.addIssue({ code: "custom", message: msg("oneOf"), params: { options: entries.map(([, l]) => l).join(", ") } });
        return z.NEVER;
      }
      return key;
    }),
  };
}

// The seed-001 contract's examples call a student "User" (and the seed-000 API an "Instructor").
export const roleLabels = labelled<Role>({ STUDENT: "Student", TEACHER: "Teacher", ADMIN: "Admin" }, { User: "STUDENT", Instructor: "TEACHER" });
export const memberLevelLabels = labelled<MemberLevel>({ BASIC: "Basic", PREMIUM: "Premium" });
export const courseStatusLabels = labelled<CourseStatus>({ DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" });
export const enrollmentStatusLabels = labelled<EnrollmentStatus>({
  UNPAID: "Unpaid",
  IN_PROGRESS: "In Progress",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
});
export const contentTypeLabels = labelled<ContentType>({
  LESSON: "Lesson",
  VIDEO: "Video",
  LINK: "Link",
  FILE: "File",
  QUIZ: "Quiz",
  ASSIGNMENT: "Assignment",
});
export const questionTypeLabels = labelled<QuestionType>({ SINGLE_CHOICE: "Single choice", MULTIPLE_CHOICE: "Multiple choice" });
export const submissionKindLabels = labelled<SubmissionKind>({ TEXT: "Text", URL: "URL", FILE: "File" });
export const completionRuleLabels = labelled<CompletionRule>({ ON_SUBMISSION: "On submission", ON_PASSING_GRADE: "On passing grade" });
export const invoiceStatusLabels = labelled<InvoiceStatus>({ PENDING: "Pending", PAID: "Paid", EXPIRED: "Expired", CANCELLED: "Cancelled" });
