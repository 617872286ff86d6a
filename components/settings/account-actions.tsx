"use client";
import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { deleteAccountAction, signOutEverywhereAction } from "@/app/settings/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function SignOutEverywhere() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      const result = await signOutEverywhereAction();
      if (result.ok) await signOut({ callbackUrl: "/login?notice=signed-out-everywhere" });
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

/** Deleting needs the word DELETE typed out: it cannot be undone. */
export function DeleteAccount() {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      const result = await deleteAccountAction();
      if (result.ok) await signOut({ callbackUrl: "/" });
      else setError(result.error);
    });

  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Delete my account
      </Button>
    );
  }
  return (
    <div className="space-y-4">
      <Field id="confirm-delete" label="Type DELETE to confirm">
        {(control) => <Input {...control} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" className="max-w-xs" />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button variant="danger" onClick={run} pending={pending} disabled={typed !== "DELETE"}>
          Permanently delete account
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}
