"use client";
// "Enrol" on the course page: the server action enrols and says where to go next — the
// reader of a free course, or the invoice of a paid one.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { enrolAction } from "@/app/courses/[slug]/actions";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

export function EnrolButton({ courseId, free, enrol }: { courseId: number; free: boolean; enrol: typeof enrolAction }) {
  const t = useClientText("Enrol");
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const result = await enrol({ courseId });
      if (!result.ok) {
        toast(result.error, "error");
        router.refresh();
        return;
      }
      router.push(result.data.href);
    });
  return (
    <Button size="lg" className="w-full" pending={pending} onClick={run}>
      {free ? t("enrolFree") : t("enrol")}
    </Button>
  );
}
