"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { registerAction } from "@/app/(auth)/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import type { ZRegisterInput } from "@/lib/auth/schemas";
import { TextField } from "./text-field";

type Values = z.input<typeof ZRegisterInput>;
const fields = ["fullName", "email", "password", "username", "role"] as const;

export function RegisterForm() {
  const form = useForm<Values, unknown, z.output<typeof ZRegisterInput>>({
    resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZRegisterInput)),
    defaultValues: { fullName: "", email: "", password: "", role: "Student" },
  });
  const [done, setDone] = useState<{ email: string; activationMailSent: boolean } | null>(null);

  const onSubmit = form.handleSubmit(async () => {
    const values = form.getValues();
    const result = await registerAction({ ...values, username: values.username || undefined });
    if (result.ok) setDone(result.data);
    else showActionErrors(form, result, fields);
  });

  if (done) {
    return (
      <FormAlert tone="success">
        <p className="font-semibold">Check your email</p>
        <p className="mt-1">
          {done.activationMailSent
            ? `We sent an activation link to ${done.email}. It is valid for 24 hours.`
            : "Your account was created, but the activation email could not be sent. Try signing in to request a new one."}
        </p>
      </FormAlert>
    );
  }

  const roleError = form.formState.errors.role?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {form.formState.errors.root && <FormAlert>{form.formState.errors.root.message}</FormAlert>}
      <TextField form={form} name="fullName" label="Full name" autoComplete="name" autoFocus />
      <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
      <TextField form={form} name="password" label="Password" type="password" autoComplete="new-password" hint="At least 8 characters. A few random words work well." />
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">I want to</legend>
        <div className="mt-2 grid grid-cols-2 gap-3">
          {[
            ["Student", "Learn"],
            ["Teacher", "Teach"],
          ].map(([value, label]) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2.5 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
            >
              <input type="radio" value={value} {...form.register("role")} className="accent-brand-600" />
              {label}
            </label>
          ))}
        </div>
        {roleError && <p className="mt-1.5 text-sm font-medium text-red-700">{roleError}</p>}
      </fieldset>
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        Create account
      </Button>
    </form>
  );
}
