"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { forgotPasswordAction } from "@/app/(auth)/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import type { ZEmailInput } from "@/lib/auth/schemas";
import { TextField } from "./text-field";

export function ForgotPasswordForm() {
  const form = useForm<z.input<typeof ZEmailInput>>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZEmailInput)), defaultValues: { email: "" } });
  const [sent, setSent] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await forgotPasswordAction(values);
    if (result.ok) setSent(true);
    else showActionErrors(form, result, ["email"]);
  });

  if (sent) {
    return (
      <FormAlert tone="success">
        If an account exists for that email, we&apos;ve sent a link to reset the password. It is valid for 30 minutes.
      </FormAlert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {form.formState.errors.root && <FormAlert>{form.formState.errors.root.message}</FormAlert>}
      <TextField form={form} name="email" label="Email" type="email" autoComplete="email" autoFocus />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        Send reset link
      </Button>
    </form>
  );
}
