// The enrolment as the API shows it, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { enrollmentStatusLabels } from "@/lib/shared/labels";

export const ZEnrollmentView = z
  .object({
    id: z.number().int(),
    userId: z.number().int(),
    programId: z.number().int(),
    courseId: z.number().int().meta({ description: "The same as programId" }),
    progressPercentage: z.number().min(0).max(100).meta({ description: "Completed contents / all contents, two decimals" }),
    status: z.enum(enrollmentStatusLabels.labels as [string, ...string[]]),
    enrolledAt: ZTimestamp,
    completedAt: ZTimestamp.nullable(),
    cancelledAt: ZTimestamp.nullable(),
    certificateId: z.number().int().optional().meta({ description: "Present once the enrolment is completed" }),
  })
  .meta({ id: "Enrollment" });

export const ZAdminEnrollmentView = ZEnrollmentView.extend({
  student: z.object({ id: z.number().int(), fullName: z.string(), email: z.string() }),
  courseTitle: z.string(),
  courseSlug: z.string(),
}).meta({ id: "AdminEnrollment" });
