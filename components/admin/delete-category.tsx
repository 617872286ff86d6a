"use client";
// Deleting a category behind a confirm dialog. When courses use it, the dialog asks where
// they move to; the domain moves them and deletes the category in one transaction, and its
// answer (no choice made, a category deleted meanwhile) is shown on that field, the dialog open.
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import type { deleteCategoryAction } from "@/app/admin/categories/actions";
import { useClientText } from "@/components/i18n/client-text";
import { SelectField, type Option } from "@/components/forms/select-field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

type DeleteCategoryProps = {
  category: { id: number; name: string };
  /** What deleting does, worded by the page (it counts the courses). */
  explanation: ReactNode;
  /** The categories its courses can move to; null when no course uses it. */
  moveOptions: Option[] | null;
  remove: typeof deleteCategoryAction;
};

export function DeleteCategory({ category, explanation, moveOptions, remove }: DeleteCategoryProps) {
  const t = useClientText("AdminCategoriesForms");
  const router = useRouter();
  const [moveTo, setMoveTo] = useState("");
  const [error, setError] = useState<string>();

  const run = async () => {
    const result = await remove({ categoryId: category.id, moveTo: moveOptions ? moveTo : undefined });
    if (!result.ok) {
      const fieldError = result.fieldErrors.moveTo;
      if (fieldError && moveOptions) {
        setError(fieldError);
        return false;
      }
      toast(result.error, "error");
      // Courses may have started using it since the page was shown: show the choice now.
      router.refresh();
      return;
    }
    const target = moveOptions?.find((option) => option.value === moveTo)?.label;
    toast(target && result.data.movedCourses > 0 ? t("deletedMoved", { name: category.name, target }) : t("deleted", { name: category.name }));
    router.push("/admin/categories");
  };

  return (
    <ConfirmDialog
      triggerLabel={t("delete")}
      title={t("deleteTitle", { name: category.name })}
      description={
        <div className="space-y-4">
          <p>{explanation}</p>
          {moveOptions && (
            <SelectField
              name="moveTo"
              id="delete-category-move-to"
              label={t("moveTo")}
              options={moveOptions}
              emptyOption={t("moveToChoose")}
              value={moveTo}
              onChange={(event) => {
                setMoveTo(event.target.value);
                setError(undefined);
              }}
              error={error}
            />
          )}
        </div>
      }
      confirmLabel={t("deleteConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={run}
    />
  );
}
