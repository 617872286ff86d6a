"use client";
import { useClientText } from "@/components/i18n/client-text";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { registerAction } from "@/app/(auth)/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { RadioGroup } from "@/components/forms/choice-fields";
import { FormAlert, FormError } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { ZRegisterInput } from "@/lib/auth/schemas";

type Values = z.input<typeof ZRegisterInput>;
const fields = ["fullName", "email", "password", "username", "role"] as const;

export function RegisterForm({ registerAccount }: { registerAccount: typeof registerAction }) {
  const t = useClientText("AuthForms");
  const form = useForm<Values, unknown, z.output<typeof ZRegisterInput>>({
    resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZRegisterInput)),
    defaultValues: { fullName: "", email: "", password: "", role: "Student" },
  });
  const [done, setDone] = useState<{ email: string; activationMailSent: boolean } | null>(null);

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await registerAccount({ ...values, username: values.username || undefined });
    if (result.ok) setDone(result.data);
    else showActionErrors(form, result, fields);
  });

  if (done) {
    return (
      <FormAlert tone="success">
        <p className="font-semibold">{t("register.checkEmail")}</p>
        <p className="mt-1">{done.activationMailSent ? t("register.mailSent", { email: done.email }) : t("register.mailNotSent")}</p>
      </FormAlert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError form={form} />
      <TextField form={form} name="fullName" label={t("register.fullName")} autoComplete="name" autoFocus />
      <TextField form={form} name="email" label={t("email")} type="email" autoComplete="email" />
      <TextField form={form} name="password" label={t("password")} type="password" autoComplete="new-password" hint={t("register.passwordHint")} />
      <RadioGroup
        form={form}
        name="role"
        label={t("register.role")}
        look="cards"
        choices={[
          { value: "Student", label: t("register.roleStudent") },
          { value: "Teacher", label: t("register.roleTeacher") },
        ]}
      />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        {t("register.submit")}
      </Button>
    </form>
  );
}
