"use client";
// "Leave course" behind a confirm dialog (seed 003): the enrolment is cancelled, completions kept.
import { useRouter } from "next/navigation";
import type { leaveCourseAction } from "@/app/courses/[slug]/actions";
import { useClientText } from "@/components/i18n/client-text";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

type Props = { enrollmentId: number; course: { title: string; slug: string }; leave: typeof leaveCourseAction };

export function LeaveCourseButton({ enrollmentId, course, leave }: Props) {
  const t = useClientText("Enrol");
  const router = useRouter();
  const run = async () => {
    const result = await leave({ enrollmentId, slug: course.slug });
    toast(result.ok ? t("left", { course: course.title }) : result.error, result.ok ? "success" : "error");
    router.refresh();
  };
  return (
    <ConfirmDialog
      triggerLabel={t("leave")}
      triggerVariant="ghost"
      triggerSize="sm"
      title={t("leaveTitle", { course: course.title })}
      description={t("leaveText")}
      confirmLabel={t("leaveConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={run}
    />
  );
}
