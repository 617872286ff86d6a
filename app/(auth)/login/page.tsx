import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { loginNotice } from "@/components/auth/login-notices";
import { ScopedText } from "@/components/i18n/scoped-text";
import { getSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";
import { safeReturnPath } from "@/lib/shared/safe-redirect";
import { resendActivationAction } from "@/app/(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Auth");
  return { title: t("login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  const t = await getT("Auth");
  const notice = loginNotice(params.notice);
  return (
    <AuthCard
      title={t("login.title")}
      description={t("login.description")}
      footer={t.rich("login.newHere", {
        link: (chunks) => (
          <Link href="/register" className="text-link">
            {chunks}
          </Link>
        ),
      })}
    >
      <ScopedText namespaces={["AuthForms"]}>
        <LoginForm callbackUrl={callbackUrl} notice={notice && t(`notices.${notice}`)} resendActivation={resendActivationAction} />
      </ScopedText>
    </AuthCard>
  );
}
