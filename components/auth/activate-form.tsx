"use client";
// Activation waits for a click: mail scanners that prefetch links must not use them up.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { activateAction } from "@/app/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { Button, ButtonLink } from "@/components/ui/button";

export function ActivateForm({ token, activate }: { token: string; activate: typeof activateAction }) {
  const t = useTranslations("AuthForms");
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
          {t.rich("activate.retry", {
            link: (chunks) => (
              <Link href="/login" className="text-link">
                {chunks}
              </Link>
            ),
          })}
        </FormAlert>
      )}
      <Button className="w-full" onClick={onActivate} pending={pending}>
        {t("activate.submit")}
      </Button>
    </div>
  );
}
