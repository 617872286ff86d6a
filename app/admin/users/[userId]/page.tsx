// One user, for administrators: the account, its role and access, what they learn, what was
// done by and to them, and deleting it (after reassigning a teacher's courses).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEntries } from "@/components/admin/audit-entries";
import { UserAccessActions } from "@/components/admin/user-access-actions";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ZPathId } from "@/lib/api/contract-schemas";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { getAdminUserProfile } from "@/lib/users/admin-profile";
import { sendPasswordResetAction, updateUserAction } from "../actions";
import { userChoices } from "../choices";
import { shownOf } from "../shown-of";
import { UserDeleteCard } from "./user-delete-card";
import { UserLearning } from "./user-learning";
import { UserProfileCard } from "./user-profile-card";

type Params = Promise<{ userId: string }>;

/** The page shows the latest entries of the user's trail. */
const TRAIL_ENTRIES = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminUsers"))("userTitle") };
}

export default async function AdminUserPage({ params }: { params: Params }) {
  const { userId: raw } = await params;
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: `/admin/users/${encodeURIComponent(raw)}` });
  const id = ZPathId("userId").safeParse(raw);
  if (!id.success) notFound();
  const profile = await nullOn(getAdminUserProfile(actor, id.data), ["NOT_FOUND"]);
  if (!profile) notFound();
  const { user } = profile;
  const [t, { roles, levels }, trail] = await Promise.all([getT("AdminUsers"), userChoices(), listAuditEntries(actor, { subjectUserId: user.id, limit: TRAIL_ENTRIES })]);

  return (
    <Container size="wide" className="space-y-6 pt-8 pb-10">
      <PageHeader
        eyebrow={
          <Link href="/admin/users" className="text-link">
            {t("title")}
          </Link>
        }
        title={user.fullName}
        description={`@${user.username} · ${user.email}`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <UserProfileCard user={user} />
        <ScopedText namespaces={["AdminUsersForms"]}>
          <div className="space-y-6">
            <Card>
              <CardHeader title={t("roleTitle")} description={t("roleDescription")} />
              <CardBody>
                <UserRoleForm user={user} roles={roles} levels={levels} save={updateUserAction} />
              </CardBody>
            </Card>
            <Card>
              <CardHeader title={t("accessTitle")} description={t(user.disabled ? "accessDisabled" : "accessActive")} />
              <CardBody>
                <UserAccessActions user={user} save={updateUserAction} sendReset={sendPasswordResetAction} />
              </CardBody>
            </Card>
          </div>
        </ScopedText>
      </div>
      <UserLearning actor={actor} profile={profile} />
      <Card>
        <CardHeader title={t("trailTitle")} description={[t("trailDescription"), shownOf(t, trail.pagination.totalRecords, trail.items.length)].filter(Boolean).join(" ")} />
        {trail.items.length ? (
          <AuditEntries entries={trail.items} caption={t("trailTitle")} />
        ) : (
          <CardBody>
            <p className="text-sm text-slate-600">{t("trailEmpty")}</p>
          </CardBody>
        )}
      </Card>
      <UserDeleteCard profile={profile} />
    </Container>
  );
}
