"use client";
// An administrator changes a user's role and member level. A role change signs the user out
// everywhere (the domain's rule); the form says so before saving.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { updateUserAction } from "@/app/admin/users/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { type Option, SelectField } from "@/components/forms/select-field";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ZUserRoleInput } from "@/lib/users/schemas";

type Values = z.input<typeof ZUserRoleInput>;
const resolver = lazyZodResolver(() => import("@/lib/users/schemas").then((schemas) => schemas.ZUserRoleInput));

type Props = { user: { id: number; fullName: string; role: string; memberLevel: string }; roles: Option[]; levels: Option[]; save: typeof updateUserAction };

export function UserRoleForm({ user, roles, levels, save }: Props) {
  const t = useClientText("AdminUsersForms");
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof ZUserRoleInput>>({ resolver, defaultValues: { role: user.role, memberLevel: user.memberLevel } });

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await save({ userId: user.id, values });
    if (!result.ok) return showActionErrors(form, result, ["role", "memberLevel"]);
    form.reset({ role: result.data.role, memberLevel: result.data.memberLevel });
    toast(t("saved", { name: user.fullName }));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField form={form} name="role" id="user-role" label={t("role")} options={roles} />
        <SelectField form={form} name="memberLevel" id="user-member-level" label={t("memberLevel")} options={levels} />
      </div>
      <Button type="submit" pending={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
        {t("save")}
      </Button>
    </form>
  );
}
