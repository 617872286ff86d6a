// The audit log: who did what and when, filtered by person, action, kind of row and days.
import type { Metadata } from "next";
import { getTimeZone } from "next-intl/server";
import { AuditEntries } from "@/components/admin/audit-entries";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ListIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/audit-log/actions";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

const PATH = "/admin/audit";
const FILTERS = ["actor", "actorId", "action", "entity", "entityId", "subjectUserId", "from", "to"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminAudit"))("title") };
}

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const [params, t, actionName, timeZone] = await Promise.all([searchParams, getT("AdminAudit"), getT("AuditActionNames"), getTimeZone()]);
  // Days are the reader's: "to 3 March" ends at midnight where they are.
  const result = await nullOn(listAuditEntries(actor, { ...params, limit: params.limit ?? "25" }, { timeZone }), ["BAD_REQUEST"]);
  const filtered = FILTERS.some((name) => params[name]);
  const showAll = (
    <ButtonLink href={PATH} variant="secondary">
      {t("showAll")}
    </ButtonLink>
  );

  return (
    <Container size="wide" className="space-y-8 pt-8 pb-10">
      <PageHeader title={t("title")} description={t("description")} />
      <DataTableToolbar
        pathname={PATH}
        searchParams={params}
        label={t("filterLabel")}
        search={{ name: "actor", label: t("actorLabel"), placeholder: t("actorPlaceholder") }}
        filters={[
          { name: "action", label: t("action"), anyLabel: t("allActions"), options: AUDIT_ACTIONS.map((action) => ({ value: action, label: actionName(action) })).sort((a, b) => a.label.localeCompare(b.label)) },
          { name: "entity", label: t("entity"), anyLabel: t("allEntities"), options: AUDIT_ENTITIES.map((entity) => ({ value: entity, label: t("entityName", { entity }) })) },
        ]}
        dates={[
          { name: "from", label: t("from") },
          { name: "to", label: t("to") },
        ]}
      />
      {!result ? (
        <EmptyState icon={<AlertIcon />} title={t("invalidTitle")} description={t("invalidText")} titleAs="h2" action={showAll} />
      ) : result.items.length === 0 ? (
        filtered ? (
          <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} titleAs="h2" action={showAll} />
        ) : (
          <EmptyState icon={<ListIcon />} title={t("emptyTitle")} description={t("emptyText")} titleAs="h2" />
        )
      ) : (
        <div className="space-y-4">
          <AuditEntries entries={result.items} caption={t("caption", { count: result.pagination.totalRecords })} />
          <Pagination currentPage={result.pagination.currentPage} totalPages={result.pagination.totalPages} pathname={PATH} searchParams={params} />
        </div>
      )}
    </Container>
  );
}
