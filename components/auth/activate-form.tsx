"use client";
// Activation waits for a click: mail scanners that prefetch links must not use them up.
import { type ReactNode, useState, useTransition } from "react";
import type { activateAction } from "@/app/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { useClientText } from "@/components/i18n/client-text";
import { Button, ButtonLink } from "@/components/ui/button";

/** `retryHint` follows a failure: how to get a new link (the page words it, with its link). */
export function ActivateForm({ token, activate, retryHint }: { token: string; activate: typeof activateAction; retryHint: ReactNode }) {
  const t = useClientText("AuthForms");
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: string } | null>(null);

  const onActivate = () =>
    start(async () => {
      const result = await activate({ token });
      setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
    });

  if (outcome?.ok) {
    return (
      <div className="space-y-5">
        <FormAlert tone="success">{t("activate.done")}</FormAlert>
        <ButtonLink href="/login" className="w-full">
          {t("signIn")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      {outcome && (
        <FormAlert>
          {outcome.error}{" "}
          {retryHint}
        </FormAlert>
      )}
      <Button className="w-full" onClick={onActivate} pending={pending}>
        {t("activate.submit")}
      </Button>
    </div>
  );
}
