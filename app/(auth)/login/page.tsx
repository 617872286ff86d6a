import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { loginNotice } from "@/components/auth/login-notices";
import { getSessionActor } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/shared/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Sign in"
      description="Welcome back. Sign in to continue learning."
      footer={
        <>
          New to Lumen?{" "}
          <Link href="/register" className="text-link">
            Create an account
          </Link>
        </>
      }
    >
      <LoginForm callbackUrl={callbackUrl} notice={loginNotice(params.notice)} />
    </AuthCard>
  );
}
