"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { resendActivationAction } from "@/app/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { recheckSession } from "@/components/site/session-store";
import type { ZSignInForm } from "@/lib/auth/schemas";
import { TextField } from "./text-field";

type Values = z.input<typeof ZSignInForm>;
type Failure = { code: string; message: string };

function readFailure(error: string): Failure {
  try {
    return JSON.parse(error) as Failure;
  } catch {
    return { code: "UNAUTHORIZED", message: "Sign-in failed. Please try again." };
  }
}

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZSignInForm)), defaultValues: { identifier: "", password: "" } });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [resent, setResent] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setResent(null);
    // next-auth/react is only needed once the form is sent; it stays out of the page's first load.
    const { signIn } = await import("next-auth/react");
    const result = await signIn("credentials", { ...values, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      // The header learns of the new session now, not after the next page has painted.
      recheckSession();
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    setFailure(readFailure(result?.error ?? ""));
  });

  const resend = async () => {
    const result = await resendActivationAction({ email: form.getValues("identifier") });
    setResent(result.ok ? "If the account still needs activating, a new link is on its way. Check your inbox." : result.error);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {notice && !failure && <FormAlert tone="success">{notice}</FormAlert>}
      {failure && (
        <FormAlert>
          <p>{failure.message}</p>
          {failure.code === "NOT_ACTIVATED" && (
            <Button variant="secondary" size="sm" className="mt-3" onClick={resend}>
              Resend activation email
            </Button>
          )}
        </FormAlert>
      )}
      {resent && <FormAlert tone="info">{resent}</FormAlert>}
      <TextField form={form} name="identifier" label="Email or username" autoComplete="username" autoFocus />
      <div className="space-y-1.5">
        <TextField form={form} name="password" label="Password" type="password" autoComplete="current-password" />
        <div className="text-right text-sm">
          <Link href="/forgot-password" className="text-link">
            Forgot password?
          </Link>
        </div>
      </div>
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        Sign in
      </Button>
    </form>
  );
}
