import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";
import { UserCharts } from "./user-charts";
import { UsersTable, UsersToolbar } from "./users-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Admin"))("title") };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: "/admin" });
  const [params, t, tc, ti] = await Promise.all([searchParams, getT("Admin"), getT("AdminCategories"), getT("AdminInvoices")]);
  return (
    <Container size="wide" className="space-y-10 py-10">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/admin/categories" variant="secondary">
              {tc("manageLink")}
            </ButtonLink>
            <ButtonLink href="/admin/invoices" variant="secondary">
              {ti("manageLink")}
            </ButtonLink>
          </>
        }
      />
      <UserCharts actor={actor} />
      <section aria-labelledby="users-heading" className="space-y-4">
        <h2 id="users-heading" className="text-xl font-semibold tracking-tight text-slate-900">
          {t("usersTitle")}
        </h2>
        <UsersToolbar params={params} />
        <UsersTable actor={actor} params={params} />
      </section>
    </Container>
  );
}
