"use client";
// An administrator creates an account, active at once, validated with the schema the API
// uses; the server's answers (an email taken) land on their fields. The new user's page opens.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { createUserAction } from "@/app/admin/users/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { type Option, SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ZCreateUserInput } from "@/lib/users/schemas";

type Values = z.input<typeof ZCreateUserInput>;
const fields = ["fullName", "email", "password", "role", "memberLevel"] as const;
const resolver = lazyZodResolver(() => import("@/lib/users/schemas").then((schemas) => schemas.ZCreateUserInput));

/** roles, levels: the choices in the page's language, valued by the API's labels. */
export function NewUserForm({ create, roles, levels }: { create: typeof createUserAction; roles: Option[]; levels: Option[] }) {
  const t = useClientText("AdminUsersForms");
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof ZCreateUserInput>>({
    resolver,
    defaultValues: { fullName: "", email: "", password: "", role: "Student", memberLevel: "Basic" },
  });

  const onSubmit = form.handleSubmit(async () => {
    const result = await create(form.getValues());
    if (!result.ok) return showActionErrors(form, result, fields);
    toast(t("created", { name: result.data.fullName }));
    router.push(`/admin/users/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="fullName" label={t("fullName")} autoComplete="off" />
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="off" hint={t("emailHint")} />
      <TextField form={form} name="password" label={t("password")} type="password" autoComplete="new-password" hint={t("passwordHint")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField form={form} name="role" label={t("role")} options={roles} />
        <SelectField form={form} name="memberLevel" label={t("memberLevel")} options={levels} />
      </div>
      <Button type="submit" pending={form.formState.isSubmitting}>
        {t("create")}
      </Button>
    </form>
  );
}
