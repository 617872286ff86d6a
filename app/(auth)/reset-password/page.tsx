import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormAlert } from "@/components/forms/form-alert";
import { ScopedText } from "@/components/i18n/scoped-text";
import { getT } from "@/lib/i18n/translator";
import { resetPasswordAction } from "@/app/(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Auth");
  return { title: t("resetPassword.title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, t] = await Promise.all([searchParams, getT("Auth")]);
  return (
    <AuthCard title={t("resetPassword.title")} description={t("resetPassword.description")}>
      {token ? (
        <ScopedText namespaces={["AuthForms"]}>
          <ResetPasswordForm token={token} resetPassword={resetPasswordAction} />
        </ScopedText>
      ) : (
        <FormAlert>
          {t.rich("resetPassword.incomplete", {
            link: (chunks) => (
              <Link href="/forgot-password" className="text-link">
                {chunks}
              </Link>
            ),
          })}
        </FormAlert>
      )}
    </AuthCard>
  );
}
