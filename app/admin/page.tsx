// The admin console's overview: the platform's figures at a glance.
import type { Metadata } from "next";
import { getLocale, getTimeZone } from "next-intl/server";
import { OverviewFigures } from "@/components/admin/overview-figures";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminOverview } from "@/lib/admin/overview";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminOverview"))("title") };
}

export default async function AdminOverviewPage() {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: "/admin" });
  const [t, locale, timeZone] = await Promise.all([getT("AdminOverview"), getLocale(), getTimeZone()]);
  const overview = await getAdminOverview(actor, { timeZone });
  return (
    <Container size="wide" className="space-y-8 pt-8 pb-10">
      <PageHeader title={t("title")} description={t("description")} />
      <OverviewFigures overview={overview} locale={locale} />
    </Container>
  );
}
