"use client";
// Signs out through NextAuth's own endpoints with plain fetch (its CSRF token, then the
// sign-out POST), so next-auth/react is not in the bundle of every public page.
import { useRouter } from "next/navigation";
import { useClientText } from "@/components/i18n/client-text";
import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { forgetSession } from "./session-store";

async function signOut() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
  });
}

export function SignOutButton({ variant = "ghost", className }: { variant?: ButtonVariant; className?: string }) {
  const t = useClientText("Header");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size="sm"
      className={className}
      pending={pending}
      onClick={async () => {
        setPending(true);
        await signOut().finally(forgetSession);
        // Home, with server components rendered afresh: nothing signed-in stays on screen.
        router.replace("/");
        router.refresh();
      }}
    >
      {t("signOut")}
    </Button>
  );
}
