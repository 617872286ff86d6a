import type { Metadata } from "next";
import Link from "next/link";
import { createForumAction } from "@/app/discussions/actions";
import { ForumForm } from "@/components/discussions/forum-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminDiscussions"))("newForumTitle") };
}

// A page of its own, so the moderation table does not carry the form's scripts.
export default async function NewForumPage() {
  await requireSessionActor({ roles: ADMIN_ROLES, returnTo: "/admin/discussions/new" });
  const t = await getT("AdminDiscussions");
  return (
    <Container size="narrow" className="space-y-6 py-10">
      <PageHeader
        eyebrow={
          <Link href="/admin/discussions" className="text-link">
            {t("title")}
          </Link>
        }
        title={t("newForumTitle")}
        description={t("newForumDescription")}
      />
      <ScopedText namespaces={["DiscussionForms"]}>
        <Card>
          <CardBody>
            <ForumForm mode="create" save={createForumAction} />
          </CardBody>
        </Card>
      </ScopedText>
    </Container>
  );
}
