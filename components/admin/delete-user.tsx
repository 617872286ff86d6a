"use client";
// Deleting an account. A teacher who still owns courses cannot be deleted: the same screen
// first offers to hand all their courses to another teacher. Deleting asks for confirmation
// and shows the domain's refusal (courses left, the last administrator) inside the dialog.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { deleteUserAction, reassignCoursesAction } from "@/app/admin/users/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { type Option, SelectField } from "@/components/forms/select-field";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { useDialogAction } from "./use-dialog-action";

type ReassignProps = { userId: number; successors: Option[]; reassign: typeof reassignCoursesAction };

export function ReassignCourses({ userId, successors, reassign }: ReassignProps) {
  const t = useClientText("AdminUsersForms");
  const router = useRouter();
  const [teacherId, setTeacherId] = useState("");
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    const result = await reassign({ userId, teacherId });
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors.teacherId ? { field: result.fieldErrors.teacherId } : { form: result.error });
    setError({});
    const name = successors.find((option) => option.value === teacherId)?.label ?? "";
    toast(t("reassigned", { count: result.data.courseIds.length, name }));
    router.refresh();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {error.form && <FormAlert>{error.form}</FormAlert>}
      <SelectField
        name="teacherId"
        id="reassign-teacher"
        label={t("reassignTo")}
        options={successors}
        emptyOption={t("reassignChoose")}
        value={teacherId}
        onChange={(event) => {
          setTeacherId(event.target.value);
          setError({});
        }}
        error={error.field}
      />
      <Button type="submit" variant="secondary" pending={pending}>
        {t("reassign")}
      </Button>
    </form>
  );
}

export function DeleteUser({ user, remove }: { user: { id: number; fullName: string }; remove: typeof deleteUserAction }) {
  const t = useClientText("AdminUsersForms");
  const router = useRouter();
  const { run, alert } = useDialogAction();

  return (
    <ConfirmDialog
      triggerLabel={t("delete")}
      title={t("deleteTitle", { name: user.fullName })}
      description={
        <>
          <p>{t("deleteText")}</p>
          {alert}
        </>
      }
      confirmLabel={t("deleteConfirm")}
      cancelLabel={t("cancel")}
      onConfirm={() =>
        run(
          () => remove({ userId: user.id }),
          () => {
            toast(t("deleted", { name: user.fullName }));
            router.push("/admin/users");
          },
        )
      }
    />
  );
}
