// The users list: search and role filter in the toolbar, sortable by name and join date.
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDate } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge, type BadgeTone } from "@/components/ui/badge";
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

const PATH = "/admin";
type User = Awaited<ReturnType<typeof listUsers>>["users"][number];

const statusOf = (user: User) => (user.disabled ? "disabled" : user.activated ? "active" : "pending");
const statusTones: Record<ReturnType<typeof statusOf>, BadgeTone> = { active: "success", disabled: "danger", pending: "warning" };

export async function UsersTable({ actor, params }: { actor: Actor; params: SearchParams }) {
  const locale = await getLocale();
  const timeZone = await getTimeZone();
  const t = await getT("Admin");
  const result = await nullOn(listUsers(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]);
  if (!result) {
    return (
      <EmptyState
        icon={<AlertIcon />}
        title={t("invalidFilterTitle")}
        description={t("invalidFilterText")}
        titleAs="h3"
        action={
          <ButtonLink href={PATH} variant="secondary">
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
            <span className="block font-medium text-slate-900">{user.fullName}</span>
            <span className="block text-xs text-slate-600">@{user.username}</span>
          </span>
        </span>
      ),
    },
    { key: "email", header: t("email"), cell: (user) => user.email },
    { key: "role", header: t("role"), cell: (user) => <Badge tone={user.role === "Admin" ? "brand" : "neutral"}>{t("roleOption", { role: user.role })}</Badge> },
    { key: "status", header: t("status"), cell: (user) => <Badge tone={statusTones[statusOf(user)]}>{t("statusName", { status: statusOf(user) })}</Badge> },
    { key: "joined", header: t("joined"), sort: { asc: "oldest", desc: "newest" }, cell: (user) => formatDate(user.createdAt, locale, timeZone), className: "whitespace-nowrap" },
  ];

  return (
    <DataTable
      caption={t("usersCaption", { count: result.pagination.totalRecords })}
      columns={columns}
      rows={result.users}
      rowKey={(user) => user.id}
      pathname={PATH}
      searchParams={params}
      defaultSort="newest"
      pagination={result.pagination}
      empty={<EmptyState icon={<SearchIcon />} title={t("noUsersTitle")} description={t("noUsersText")} titleAs="h3" />}
    />
  );
}

export async function UsersToolbar({ params }: { params: SearchParams }) {
  const t = await getT("Admin");
  return (
    <DataTableToolbar
      pathname={PATH}
      searchParams={params}
      label={t("filterLabel")}
      search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
      filters={[{ name: "role", label: t("role"), anyLabel: t("allRoles"), options: roleLabels.labels.map((role) => ({ value: role, label: t("roleOption", { role }) })) }]}
    />
  );
}
