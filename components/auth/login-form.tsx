"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useClientText } from "@/components/i18n/client-text";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { resendActivationAction } from "@/app/(auth)/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { recheckSession } from "@/components/site/session-store";
import type { SignInFailure } from "@/lib/auth/next-auth";
import type { ZSignInForm } from "@/lib/auth/schemas";

type Values = z.input<typeof ZSignInForm>;

/** The failure NextAuth passes on, worded by the server in the page's language; null if it is not ours. */
function readFailure(error: string): SignInFailure | null {
  try {
    return JSON.parse(error) as SignInFailure;
  } catch {
    return null;
  }
}

type Props = { callbackUrl: string; notice?: string; resendActivation: typeof resendActivationAction };

export function LoginForm({ callbackUrl, notice, resendActivation }: Props) {
  const t = useClientText("AuthForms");
  const router = useRouter();
  const form = useForm<Values>({ resolver: lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZSignInForm)), defaultValues: { identifier: "", password: "" } });
  const [failure, setFailure] = useState<SignInFailure | null>(null);
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
    setFailure(readFailure(result?.error ?? "") ?? { code: "UNAUTHORIZED", message: t("login.failed") });
  });

  const resend = async () => {
    const result = await resendActivation({ email: form.getValues("identifier") });
    setResent(result.ok ? t("login.resent") : result.error);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {notice && !failure && <FormAlert tone="success">{notice}</FormAlert>}
      {failure && (
        <FormAlert>
          <p>{failure.message}</p>
          {failure.code === "NOT_ACTIVATED" && (
            <Button variant="secondary" size="sm" className="mt-3" onClick={resend}>
              {t("login.resend")}
            </Button>
          )}
        </FormAlert>
      )}
      {resent && <FormAlert tone="info">{resent}</FormAlert>}
      <TextField form={form} name="identifier" label={t("login.identifier")} autoComplete="username" autoFocus />
      <div className="space-y-1.5">
        <TextField form={form} name="password" label={t("password")} type="password" autoComplete="current-password" />
        <div className="text-right text-sm">
          <Link href="/forgot-password" className="text-link">
            {t("login.forgotPassword")}
          </Link>
        </div>
      </div>
      <Button type="submit" className="w-full" pending={form.formState.isSubmitting}>
        {t("signIn")}
      </Button>
    </form>
  );
}
