import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { getT } from "@/lib/i18n/translator";
import { forgotPasswordAction } from "@/app/(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Auth");
  return { title: t("forgotPassword.metaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getT("Auth");
  return (
    <AuthCard
      title={t("forgotPassword.title")}
      description={t("forgotPassword.description")}
      footer={
        <Link href="/login" className="text-link">
          {t("forgotPassword.backToSignIn")}
        </Link>
      }
    >
      <ScopedText namespaces={["AuthForms"]}>
        <ForgotPasswordForm requestLink={forgotPasswordAction} />
      </ScopedText>
    </AuthCard>
  );
}
