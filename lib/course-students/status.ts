// The enrolment status a view carries as its label ("In Progress"), back as its key, which
// the catalogs' status names are keyed by.
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { enrollmentStatusLabels } from "@/lib/shared/labels";

export const statusKeyOf = (label: string): EnrollmentStatus =>
  enrollmentStatusLabels.keys[enrollmentStatusLabels.labels.indexOf(label)] ?? "IN_PROGRESS";
