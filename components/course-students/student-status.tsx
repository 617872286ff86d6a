// An enrolment's status as a badge, in the reader's language.
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/translator";

const tones: Record<EnrollmentStatus, BadgeTone> = { UNPAID: "warning", IN_PROGRESS: "brand", COMPLETED: "success", CANCELLED: "neutral" };

export function CourseStudentStatus({ status }: { status: EnrollmentStatus }) {
  const t = useT("Students");
  return <Badge tone={tones[status]}>{t("statusName", { status })}</Badge>;
}
