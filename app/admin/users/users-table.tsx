// The users list: search, role and status filters in the toolbar, sortable by name, email,
// role and join date; each name opens the user's page.
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, SearchIcon } from "@/components/ui/icons";
import type { SearchParams } from "@/components/ui/pagination";
import type { Actor } from "@/lib/auth/actor";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { roleLabels } from "@/lib/shared/labels";
import { listUsers } from "@/lib/users/list-users";
import { USER_STATUSES } from "@/lib/users/schemas";
import { statusOf } from "@/lib/users/status";
import { roleTone, statusTones } from "./user-badges";

export const USERS_PATH = "/admin/users";
type User = Awaited<ReturnType<typeof listUsers>>["users"][number];

export async function UsersTable({ actor, params }: { actor: Actor; params: SearchParams }) {
  const [locale, timeZone, t] = await Promise.all([getLocale(), getTimeZone(), getT("AdminUsers")]);
  const result = await nullOn(listUsers(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]);
  if (!result) {
    return (
      <EmptyState
        icon={<AlertIcon />}
        title={t("invalidFilterTitle")}
        description={t("invalidFilterText")}
        titleAs="h2"
        action={
          <ButtonLink href={USERS_PATH} variant="secondary">
            {t("allUsers")}
          </ButtonLink>
        }
      />
    );
  }

  const columns: Column<User>[] = [
    {
      key: "name",
      header: t("name"),
      sort: { asc: "name" },
      cell: (user) => (
        <span className="flex items-center gap-3">
          <Avatar name={user.fullName} src={user.avatarUrl} size="sm" />
          <span className="min-w-0">
            <Link href={`${USERS_PATH}/${user.id}`} className="text-link block font-medium">
              {user.fullName}
            </Link>
            <span className="block text-xs text-slate-600">@{user.username}</span>
          </span>
        </span>
      ),
    },
    { key: "email", header: t("email"), sort: { asc: "email" }, cell: (user) => user.email },
    { key: "role", header: t("role"), sort: { asc: "role" }, cell: (user) => <Badge tone={roleTone(user.role)}>{t("roleOption", { role: user.role })}</Badge> },
    { key: "status", header: t("status"), cell: (user) => <Badge tone={statusTones[statusOf(user)]}>{t("statusName", { status: statusOf(user) })}</Badge> },
    { key: "joined", header: t("joined"), sort: { asc: "oldest", desc: "newest" }, cell: (user) => formatDate(user.createdAt, locale, timeZone), className: "whitespace-nowrap" },
  ];

  return (
    <DataTable
      caption={t("caption", { count: result.pagination.totalRecords })}
      columns={columns}
      rows={result.users}
      rowKey={(user) => user.id}
      pathname={USERS_PATH}
      searchParams={params}
      defaultSort="newest"
      pagination={result.pagination}
      empty={<EmptyState icon={<SearchIcon />} title={t("noUsersTitle")} description={t("noUsersText")} titleAs="h2" />}
    />
  );
}

export async function UsersToolbar({ params }: { params: SearchParams }) {
  const t = await getT("AdminUsers");
  return (
    <DataTableToolbar
      pathname={USERS_PATH}
      searchParams={params}
      label={t("filterLabel")}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={[
        { name: "role", label: t("role"), anyLabel: t("allRoles"), options: roleLabels.labels.map((role) => ({ value: role, label: t("roleOption", { role }) })) },
        { name: "status", label: t("status"), anyLabel: t("allStatuses"), options: USER_STATUSES.map((status) => ({ value: status, label: t("statusName", { status }) })) },
      ]}
    />
  );
}
