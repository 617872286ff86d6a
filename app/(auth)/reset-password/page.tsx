import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormAlert } from "@/components/forms/form-alert";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password" description="Pick something long and memorable. You will be signed out everywhere else.">
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <FormAlert>
          This reset link is incomplete.{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Request a new link
          </Link>
        </FormAlert>
      )}
    </AuthCard>
  );
}
