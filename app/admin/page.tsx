import type { Metadata } from "next";
import { formatDate } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { roleLabels } from "@/lib/shared/labels";
import { listUsers } from "@/lib/users/list-users";
import { ADMIN_ROLES } from "@/lib/auth/policy";

export const metadata: Metadata = { title: "Administration" };

type Search = Record<string, string | undefined>;

export default async function AdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: "/admin" });
  const params = await searchParams;
  const result = await nullOn(listUsers(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]);
  return (
    <Container size="wide" className="space-y-6 py-10">
      <PageHeader title="Users" description={result ? `${result.pagination.totalRecords} accounts on the platform.` : undefined} />
      <form className="flex flex-wrap items-end gap-3" role="search">
        <Field id="user-q" label="Search users">
          {(control) => <Input {...control} name="q" defaultValue={params.q} placeholder="Name, username or email" className="w-64" />}
        </Field>
        <Field id="user-role" label="Role">
          {(control) => (
            <Select {...control} name="role" defaultValue={params.role ?? ""}>
              <option value="">All roles</option>
              {roleLabels.labels.map((label) => (
                <option key={label}>{label}</option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      {!result ? (
        <p role="alert" className="text-sm text-red-700">
          That filter isn&apos;t valid.
        </p>
      ) : (
        <>
          <Table>
            <THead>
              <TR>
                <TH>Name</TH>
                <TH>Email</TH>
                <TH>Role</TH>
                <TH>Status</TH>
                <TH>Joined</TH>
              </TR>
            </THead>
            <TBody>
              {result.users.map((user) => (
                <TR key={user.id}>
                  <TD>
                    <span className="flex items-center gap-3">
                      <Avatar name={user.fullName} src={user.avatarUrl} size="sm" />
                      <span>
                        <span className="block font-medium text-slate-900">{user.fullName}</span>
                        <span className="block text-xs text-slate-600">@{user.username}</span>
                      </span>
                    </span>
                  </TD>
                  <TD>{user.email}</TD>
                  <TD>
                    <Badge tone={user.role === "Admin" ? "brand" : "neutral"}>{user.role}</Badge>
                  </TD>
                  <TD>
                    {user.disabled ? <Badge tone="danger">Disabled</Badge> : user.activated ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Not activated</Badge>}
                  </TD>
                  <TD>{formatDate(user.createdAt)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <Pagination currentPage={result.pagination.currentPage} totalPages={result.pagination.totalPages} pathname="/admin" searchParams={params} />
        </>
      )}
    </Container>
  );
}
