"use client";
import { useClientText } from "@/components/i18n/client-text";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { forgotPasswordAction } from "@/app/(auth)/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert, FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { ZEmailInput } from "@/lib/auth/schemas";

export function ForgotPasswordForm({ requestLink }: { requestLink: typeof forgotPasswordAction }) {
  const t = useClientText("AuthForms");
  const form = useForm<z.input<typeof ZEmailInput>>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZEmailInput)), defaultValues: { email: "" } });
  const [sent, setSent] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await requestLink(values);
    if (result.ok) setSent(true);
    else showActionErrors(form, result, ["email"]);
  });

  if (sent) return <FormAlert tone="success">{t("forgotPassword.sent")}</FormAlert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="email" autoFocus />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        {t("forgotPassword.submit")}
      </Button>
    </form>
  );
}
