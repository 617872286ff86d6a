"use client";

// Unexpected failures in a page. Details stay in the server log; the visitor gets a way
// to retry and the reference (digest) to quote if they report it.
import { useEffect } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon } from "@/components/ui/icons";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<AlertIcon />}
        title="Something went wrong"
        description={
          <>
            We could not load this page. Please try again in a moment.
            {digest && <span className="mt-2 block text-xs text-slate-600">Reference: {digest}</span>}
          </>
        }
        action={
          <>
            <Button onClick={() => retry()}>Try again</Button>
            <ButtonLink href="/" variant="secondary">
              Go home
            </ButtonLink>
          </>
        }
      />
    </Container>
  );
}
