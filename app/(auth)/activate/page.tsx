import type { Metadata } from "next";
import { ActivateForm } from "@/components/auth/activate-form";
import { AuthCard } from "@/components/auth/auth-card";
import { FormAlert } from "@/components/forms/form-alert";

export const metadata: Metadata = { title: "Activate your account" };

export default async function ActivatePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Activate your account" description="One click and you are ready to sign in.">
      {token ? <ActivateForm token={token} /> : <FormAlert>This activation link is incomplete. Open the link from the email again.</FormAlert>}
    </AuthCard>
  );
}
