"use client";
import Link from "next/link";
import { useClientText } from "@/components/i18n/client-text";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { resetPasswordAction } from "@/app/(auth)/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ZResetPasswordInput } from "@/lib/auth/schemas";

type Values = z.input<typeof ZResetPasswordInput>;

export function ResetPasswordForm({ token, resetPassword }: { token: string; resetPassword: typeof resetPasswordAction }) {
  const t = useClientText("AuthForms");
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZResetPasswordInput)), defaultValues: { token, newPassword: "", confirmNewPassword: "" } });
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await resetPassword(values);
    if (result.ok) setDone(true);
    else showActionErrors(form, result, ["newPassword", "confirmNewPassword"]);
  });

  if (done) {
    return (
      <div className="space-y-5">
        <FormAlert tone="success">{t("resetPassword.done")}</FormAlert>
        <ButtonLink href="/login" className="w-full">
          {t("signIn")}
        </ButtonLink>
      </div>
    );
  }
  const tokenError = form.formState.errors.token?.message ?? form.formState.errors.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {tokenError && (
        <FormAlert>
          {tokenError}{" "}
          <Link href="/forgot-password" className="text-link">
            {t("requestNewLink")}
          </Link>
        </FormAlert>
      )}
      <TextField form={form} name="newPassword" label={t("resetPassword.newPassword")} type="password" autoComplete="new-password" autoFocus hint={t("resetPassword.newPasswordHint")} />
      <TextField form={form} name="confirmNewPassword" label={t("resetPassword.confirm")} type="password" autoComplete="new-password" />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        {t("resetPassword.submit")}
      </Button>
    </form>
  );
}
