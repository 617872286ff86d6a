import type { Metadata } from "next";
import Link from "next/link";
import { NewUserForm } from "@/components/admin/new-user-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";
import { createUserAction } from "../actions";
import { userChoices } from "../choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminUsers"))("newTitle") };
}

export default async function NewUserPage() {
  await requireSessionActor({ roles: ADMIN_ROLES, returnTo: "/admin/users/new" });
  const [t, { roles, levels }] = await Promise.all([getT("AdminUsers"), userChoices()]);
  return (
    <Container size="narrow" className="space-y-6 pt-8 pb-10">
      <PageHeader
        eyebrow={
          <Link href="/admin/users" className="text-link">
            {t("title")}
          </Link>
        }
        title={t("newTitle")}
        description={t("newDescription")}
      />
      <Card>
        <CardBody className="py-6">
          <ScopedText namespaces={["AdminUsersForms"]}>
            <NewUserForm create={createUserAction} roles={roles} levels={levels} />
          </ScopedText>
        </CardBody>
      </Card>
    </Container>
  );
}
