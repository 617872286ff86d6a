"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { updateProfileAction } from "@/app/settings/actions";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { ZUpdateProfileInput } from "@/lib/users/schemas";

type Values = z.input<typeof ZUpdateProfileInput>;

export function ProfileForm({ initial }: { initial: { fullName: string; username: string; email: string } }) {
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/users/schemas").then((schemas) => schemas.ZUpdateProfileInput)), defaultValues: { ...initial, currentPassword: "" } });
  const [saved, setSaved] = useState(false);
  const email = useWatch({ control: form.control, name: "email" });
  const emailChanging = email?.trim().toLowerCase() !== (form.formState.defaultValues?.email ?? initial.email);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    const result = await updateProfileAction({ ...values, currentPassword: emailChanging ? values.currentPassword : undefined });
    if (!result.ok) return showActionErrors(form, result, ["fullName", "username", "email", "currentPassword"]);
    form.reset({ fullName: result.data.fullName, username: result.data.username, email: result.data.email, currentPassword: "" });
    setSaved(true);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {form.formState.errors.root && <FormAlert>{form.formState.errors.root.message}</FormAlert>}
      {saved && <FormAlert tone="success">Your profile was saved.</FormAlert>}
      <TextField form={form} name="fullName" label="Full name" autoComplete="name" />
      <TextField form={form} name="username" label="Username" autoComplete="username" />
      <TextField form={form} name="email" label="Email" type="email" autoComplete="email" />
      {emailChanging && (
        <TextField form={form} name="currentPassword" label="Confirm with your password" type="password" autoComplete="current-password" hint="Needed to change your email." />
      )}
      <Button type="submit" pending={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
        Save changes
      </Button>
    </form>
  );
}
