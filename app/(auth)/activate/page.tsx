import type { Metadata } from "next";
import Link from "next/link";
import { ActivateForm } from "@/components/auth/activate-form";
import { AuthCard } from "@/components/auth/auth-card";
import { FormAlert } from "@/components/forms/form-alert";
import { ScopedText } from "@/components/i18n/scoped-text";
import { getT } from "@/lib/i18n/translator";
import { activateAction } from "@/app/(auth)/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("Auth");
  return { title: t("activate.title") };
}

export default async function ActivatePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, t] = await Promise.all([searchParams, getT("Auth")]);
  return (
    <AuthCard title={t("activate.title")} description={t("activate.description")}>
      {token ? (
        <ScopedText namespaces={["AuthForms"]}>
          <ActivateForm
            token={token}
            activate={activateAction}
            retryHint={t.rich("activate.retry", {
              link: (chunks) => (
                <Link href="/login" className="text-link">
                  {chunks}
                </Link>
              ),
            })}
          />
        </ScopedText>
      ) : (
        <FormAlert>{t("activate.incomplete")}</FormAlert>
      )}
    </AuthCard>
  );
}
