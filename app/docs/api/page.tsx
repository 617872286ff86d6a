import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ApiReference } from "@/components/docs/api-reference";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("ApiDocs");
  return { title: t("title"), description: t("metaDescription") };
}

const OPENAPI_URL = "/api/v1/openapi.json";
const code = (chunks: ReactNode) => <code className="font-mono text-sm">{chunks}</code>;

export default async function ApiDocsPage() {
  const [t, locale] = await Promise.all([getT("ApiDocs"), getLocale()]);
  return (
    <Container size="wide" className="py-10 sm:py-14">
      <PageHeader
        title={t("title")}
        description={
          <>
            {t.rich("intro", {
              base: "/api/v1",
              login: "POST /api/v1/auth/login",
              url: OPENAPI_URL,
              code,
              link: (chunks) => (
                <Link href={OPENAPI_URL} className="text-link">
                  {chunks}
                </Link>
              ),
            })}
            {/* Swagger UI speaks English only; readers of other languages are told so. */}
            {locale !== "en" && <> {t("englishOnly")}</>}
          </>
        }
      />
      <div className="mt-8 overflow-hidden rounded-2xl border border-slate-200 bg-white">
        <ApiReference url={OPENAPI_URL} loadingLabel={t("loading")} />
      </div>
    </Container>
  );
}
