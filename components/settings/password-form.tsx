"use client";
import { useClientText } from "@/components/i18n/client-text";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { changePasswordAction } from "@/app/settings/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { ZChangePasswordInput } from "@/lib/auth/schemas";
import { signOutTo } from "./sign-out";

type Values = z.input<typeof ZChangePasswordInput>;

export function PasswordForm({ change }: { change: typeof changePasswordAction }) {
  const t = useClientText("SettingsForms");
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZChangePasswordInput)), defaultValues: { oldPassword: "", newPassword: "", confirmNewPassword: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await change(values);
    // A new password ends every session, this one too: sign in again with it.
    if (result.ok) await signOutTo("/login?notice=password-changed");
    else showActionErrors(form, result, ["oldPassword", "newPassword", "confirmNewPassword"]);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="oldPassword" label={t("oldPassword")} type="password" autoComplete="current-password" />
      <TextField form={form} name="newPassword" label={t("newPassword")} type="password" autoComplete="new-password" hint={t("newPasswordHint")} />
      <TextField form={form} name="confirmNewPassword" label={t("confirmNewPassword")} type="password" autoComplete="new-password" />
      <Button type="submit" pending={form.formState.isSubmitting}>
        {t("changePassword")}
      </Button>
    </form>
  );
}
