import type { Metadata } from "next";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";
import { USERS_PATH, UsersTable, UsersToolbar } from "./users-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminUsers"))("title") };
}

/** The export keeps the list's search, filters and sort; page and size do not apply to it. */
function exportHref(params: SearchParams) {
  const query = new URLSearchParams();
  for (const name of ["q", "role", "status", "sort"]) {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) query.set(name, first);
  }
  return `${USERS_PATH}/export${query.size ? `?${query}` : ""}`;
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: USERS_PATH });
  const [params, t] = await Promise.all([searchParams, getT("AdminUsers")]);
  return (
    <Container size="wide" className="space-y-6 pt-8 pb-10">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {/* A plain link: the answer is a file download, not a page. */}
            <a href={exportHref(params)} download className={buttonClasses({ variant: "secondary" })}>
              {t("exportCsv")}
            </a>
            <ButtonLink href={`${USERS_PATH}/new`}>{t("newUser")}</ButtonLink>
          </>
        }
      />
      <UsersToolbar params={params} />
      <UsersTable actor={actor} params={params} />
    </Container>
  );
}
