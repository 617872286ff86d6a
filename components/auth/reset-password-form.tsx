"use client";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ZResetPasswordInput } from "@/lib/auth/schemas";
import { TextField } from "./text-field";

type Values = z.input<typeof ZResetPasswordInput>;

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZResetPasswordInput)), defaultValues: { token, newPassword: "", confirmNewPassword: "" } });
  const [done, setDone] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await resetPasswordAction(values);
    if (result.ok) setDone(true);
    else showActionErrors(form, result, ["newPassword", "confirmNewPassword"]);
  });

  if (done) {
    return (
      <div className="space-y-5">
        <FormAlert tone="success">Your password has been reset. You have been signed out everywhere else.</FormAlert>
        <ButtonLink href="/login" className="w-full">
          Sign in
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
          <Link href="/forgot-password" className="font-medium underline">
            Request a new link
          </Link>
        </FormAlert>
      )}
      <TextField form={form} name="newPassword" label="New password" type="password" autoComplete="new-password" autoFocus hint="At least 8 characters." />
      <TextField form={form} name="confirmNewPassword" label="Confirm new password" type="password" autoComplete="new-password" />
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        Reset password
      </Button>
    </form>
  );
}
