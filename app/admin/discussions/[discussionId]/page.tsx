import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteForumAction, updateForumAction } from "@/app/discussions/actions";
import { DeleteForum } from "@/components/discussions/delete-forum";
import { ForumForm } from "@/components/discussions/forum-form";
import { ScopedText } from "@/components/i18n/scoped-text";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { ZPathId } from "@/lib/api/contract-schemas";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getDiscussion } from "@/lib/discussions/get-discussion";
import { discussionPath } from "@/lib/discussions/links";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminDiscussions"))("editTitle") };
}

export default async function EditForumPage({ params }: { params: Promise<{ discussionId: string }> }) {
  const { discussionId: raw } = await params;
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: `/admin/discussions/${encodeURIComponent(raw)}` });
  const id = ZPathId("discussionId").safeParse(raw);
  if (!id.success) notFound();
  const [forum, t] = await Promise.all([nullOn(getDiscussion(actor, id.data), ["NOT_FOUND"]), getT("AdminDiscussions")]);
  if (!forum) notFound();

  return (
    <Container size="narrow" className="space-y-6 py-10">
      <PageHeader
        eyebrow={
          <Link href="/admin/discussions" className="text-link">
            {t("title")}
          </Link>
        }
        title={forum.title}
        description={forum.course ? t("courseForumOf", { title: forum.course.title }) : t("generalForumText")}
        actions={
          <ButtonLink href={discussionPath(forum.id)} variant="secondary" size="sm">
            {t("openForum")}
          </ButtonLink>
        }
      />
      <ScopedText namespaces={["DiscussionForms"]}>
        <Card>
          <CardHeader title={t("detailsTitle")} />
          <CardBody>
            <ForumForm mode="edit" forum={{ id: forum.id, title: forum.title, description: forum.description }} save={updateForumAction} />
          </CardBody>
        </Card>
        <Card className="border-red-200">
          <CardHeader title={t("deleteTitle")} description={forum.course ? t("deleteCourseForum") : t("deleteGeneral", { count: forum.commentsCount })} />
          {!forum.course && (
            <CardBody>
              <DeleteForum forum={forum} remove={deleteForumAction} />
            </CardBody>
          )}
        </Card>
      </ScopedText>
    </Container>
  );
}
