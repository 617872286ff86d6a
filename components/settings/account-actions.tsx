"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { deleteAccountAction, signOutEverywhereAction } from "@/app/settings/actions";
import { TextField } from "@/components/forms/text-field";
import { showActionErrors } from "@/components/forms/action-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import type { DeleteOwnAccountInput } from "@/lib/users/delete-own-account-schema";

export function SignOutEverywhere() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      const result = await signOutEverywhereAction();
      // next-auth/react loads only to sign out, not with the settings page.
      if (result.ok) await (await import("next-auth/react")).signOut({ callbackUrl: "/login?notice=signed-out-everywhere" });
      else setError(result.error);
    });
  return (
    <div className="space-y-3">
      <Button variant="secondary" onClick={run} pending={pending}>
        Sign out everywhere
      </Button>
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}

/** Deleting cannot be undone: it takes a second click and the current password. */
export function DeleteAccount() {
  const [confirming, setConfirming] = useState(false);
  const form = useForm<DeleteOwnAccountInput>({ resolver: lazyZodResolver(() => import("@/lib/users/delete-own-account-schema").then((schemas) => schemas.ZDeleteOwnAccountInput)), defaultValues: { password: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await deleteAccountAction(values);
    // next-auth/react loads only to sign out, not with the settings page.
    if (result.ok) await (await import("next-auth/react")).signOut({ callbackUrl: "/" });
    else showActionErrors(form, result, ["password"]);
  });

  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Delete my account
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {form.formState.errors.root && <FormAlert>{form.formState.errors.root.message}</FormAlert>}
      <TextField form={form} name="password" label="Your password" type="password" autoComplete="current-password" autoFocus className="max-w-xs" />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" pending={form.formState.isSubmitting}>
          Permanently delete account
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
