import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { RegisterForm } from "@/components/auth/register-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { getT } from "@/lib/i18n/translator";
import { registerAction } from "@/app/(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Auth");
  return { title: t("register.metaTitle") };
}

export default async function RegisterPage() {
  const t = await getT("Auth");
  return (
    <AuthCard
      title={t("register.title")}
      description={t("register.description")}
      footer={t.rich("register.haveAccount", {
        link: (chunks) => (
          <Link href="/login" className="text-link">
            {chunks}
          </Link>
        ),
      })}
    >
      <ScopedText namespaces={["AuthForms"]}>
        <RegisterForm registerAccount={registerAction} />
      </ScopedText>
    </AuthCard>
  );
}
