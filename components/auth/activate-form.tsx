"use client";
// Activation waits for a click: mail scanners that prefetch links must not use them up.
import Link from "next/link";
import { useState, useTransition } from "react";
import { activateAction } from "@/app/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button, ButtonLink } from "@/components/ui/button";

export function ActivateForm({ token }: { token: string }) {
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const activate = () =>
    start(async () => {
      const result = await activateAction({ token });
      setOutcome(result.ok ? { ok: true, message: "Your account is active. Welcome aboard!" } : { ok: false, message: result.error });
    });

  if (outcome?.ok) {
    return (
      <div className="space-y-5">
        <FormAlert tone="success">{outcome.message}</FormAlert>
        <ButtonLink href="/login" className="w-full">
          Sign in
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      {outcome && (
        <FormAlert>
          {outcome.message} You can request a new link by trying to{" "}
          <Link href="/login" className="font-medium underline">
            sign in
          </Link>
          .
        </FormAlert>
      )}
      <Button className="w-full" onClick={activate} pending={pending}>
        Activate my account
      </Button>
    </div>
  );
}
