"use client";
import { useClientText } from "@/components/i18n/client-text";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import type { updateProfileAction } from "@/app/settings/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import type { ZUpdateProfileInput } from "@/lib/users/schemas";

type Values = z.input<typeof ZUpdateProfileInput>;
type ProfileFormProps = { initial: { fullName: string; username: string; email: string }; save: typeof updateProfileAction };

export function ProfileForm({ initial, save }: ProfileFormProps) {
  const t = useClientText("SettingsForms");
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/users/schemas").then((schemas) => schemas.ZUpdateProfileInput)), defaultValues: { ...initial, currentPassword: "" } });
  const email = useWatch({ control: form.control, name: "email" });
  const emailChanging = email?.trim().toLowerCase() !== (form.formState.defaultValues?.email ?? initial.email);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await save({ ...values, currentPassword: emailChanging ? values.currentPassword : undefined });
    if (!result.ok) return showActionErrors(form, result, ["fullName", "username", "email", "currentPassword"]);
    form.reset({ fullName: result.data.fullName, username: result.data.username, email: result.data.email, currentPassword: "" });
    toast(t("profileSaved"));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="fullName" label={t("fullName")} autoComplete="name" />
      <TextField form={form} name="username" label={t("username")} autoComplete="username" />
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="email" />
      {emailChanging && <TextField form={form} name="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" hint={t("currentPasswordHint")} />}
      <Button type="submit" pending={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
        {t("saveProfile")}
      </Button>
    </form>
  );
}
