"use client";

// Unexpected failures in a page. Details stay in the server log; the visitor gets a way
// to retry and the reference (digest) to quote if they report it.
import { useClientText } from "@/components/i18n/client-text";
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon } from "@/components/ui/icons";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useClientText("Error");
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<AlertIcon />}
        title={t("title")}
        description={
          <>
            {t("description")}
            {digest && <span className="mt-2 block text-xs text-slate-600">{`${t("reference")}: ${digest}`}</span>}
          </>
        }
        action={
          <>
            <Button onClick={() => retry()}>{t("retry")}</Button>
            <ButtonLink href="/" variant="secondary">
              {t("goHome")}
            </ButtonLink>
          </>
        }
      />
    </Container>
  );
}
