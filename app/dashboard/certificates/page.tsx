import type { Metadata } from "next";
import { getLocale, getTimeZone } from "next-intl/server";
import { CertificateCard } from "@/components/certificates/certificate-card";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { requireSessionActor } from "@/lib/auth/session";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Certificates"))("listTitle") };
}

type Props = { searchParams: Promise<SearchParams> };

/** The signed-in user's own certificates, newest first; a page number out of range shows page 1. */
export default async function MyCertificatesPage({ searchParams }: Props) {
  const actor = await requireSessionActor({ returnTo: "/dashboard/certificates" });
  const params = await searchParams;
  const [t, locale, timeZone] = await Promise.all([getT("Certificates"), getLocale(), getTimeZone()]);
  const list = (await nullOn(listCertificates(actor, actor.id, { page: params.page, limit: 12 }), ["BAD_REQUEST"])) ?? (await listCertificates(actor, actor.id, { limit: 12 }));
  const { certificates, pagination } = list;
  return (
    <Container className="space-y-8 py-10">
      <PageHeader title={t("listTitle")} description={t("listDescription")} />
      {certificates.length === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          description={t("emptyText")}
          action={
            <ButtonLink href="/dashboard" variant="secondary">
              {t("emptyAction")}
            </ButtonLink>
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {certificates.map((certificate) => (
            <CertificateCard key={certificate.id} certificate={certificate} locale={locale} timeZone={timeZone} />
          ))}
        </ul>
      )}
      <Pagination currentPage={pagination.currentPage} totalPages={pagination.totalPages} pathname="/dashboard/certificates" searchParams={params} />
    </Container>
  );
}
