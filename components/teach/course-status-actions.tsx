"use client";
// The course's status moves and its deletion, each behind a confirm dialog. A refusal (the
// publishing rule, enrolments that forbid deleting) stays on the card until the next try.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { deleteCourseAction, updateCourseAction } from "@/app/teach/courses/[courseId]/actions";
import { useClientText } from "@/components/i18n/client-text";
import { FormAlert } from "@/components/forms/form-alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

type Move = "publish" | "unpublish" | "archive" | "restore";

// The moves each status offers, and where each leads.
const movesFrom: Record<string, Move[]> = { Draft: ["publish", "archive"], Published: ["unpublish", "archive"], Archived: ["restore"] };
const target: Record<Move, string> = { publish: "Published", unpublish: "Draft", archive: "Archived", restore: "Draft" };
const done = { publish: "publishedToast", unpublish: "unpublishedToast", archive: "archivedToast", restore: "restoredToast" } as const satisfies Record<Move, string>;

export function CourseStatusActions({ courseId, status, update }: { courseId: number; status: string; update: typeof updateCourseAction }) {
  const t = useClientText("CourseForm");
  const [error, setError] = useState<string>();

  const move = async (to: Move) => {
    setError(undefined);
    const result = await update({ courseId, changes: { status: target[to] } });
    if (!result.ok) return setError(result.error);
    toast(t(done[to]));
  };

  return (
    <div className="space-y-4">
      {error && <FormAlert>{error}</FormAlert>}
      <div className="flex flex-wrap gap-3">
        {(movesFrom[status] ?? []).map((to) => (
          <ConfirmDialog
            key={to}
            triggerLabel={t(to)}
            // Publishing is the step a draft is heading for; the other moves are not.
            triggerVariant={to === "publish" ? "primary" : "secondary"}
            title={t(`${to}Title`)}
            description={t(`${to}Description`)}
            confirmLabel={t(to)}
            cancelLabel={t("cancel")}
            onConfirm={() => move(to)}
            tone="primary"
          />
        ))}
      </div>
    </div>
  );
}

/** Deleting, for a card of its own: it cannot be undone. */
export function CourseDeleteAction({ courseId, remove }: { courseId: number; remove: typeof deleteCourseAction }) {
  const t = useClientText("CourseForm");
  const router = useRouter();
  const [error, setError] = useState<string>();
  const run = async () => {
    setError(undefined);
    const result = await remove({ courseId });
    if (!result.ok) return setError(result.error);
    toast(t("deletedToast"));
    router.push("/teach");
  };
  return (
    <div className="space-y-4">
      {error && <FormAlert>{error}</FormAlert>}
      <ConfirmDialog
        triggerLabel={t("deleteCourse")}
        title={t("deleteTitle")}
        description={t("deleteDescription")}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={run}
      />
    </div>
  );
}
