import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentCard } from "@/components/discussions/comment-card";
import { ForumHeader } from "@/components/discussions/forum-header";
import { ScopedText } from "@/components/i18n/scoped-text";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ZPathId } from "@/lib/api/contract-schemas";
import { requireSessionActor } from "@/lib/auth/session";
import { getDiscussion } from "@/lib/discussions/get-discussion";
import { discussionPath, threadPath } from "@/lib/discussions/links";
import { getCommentThread } from "@/lib/discussions/list-comments";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

type Props = { params: Promise<{ discussionId: string; commentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Discussions"))("threadTitle") };
}

// One comment with its replies: where a reply mail's link leads (links.ts builds it).
export default async function ThreadPage({ params }: Props) {
  const raw = await params;
  const actor = await requireSessionActor({ returnTo: `/discussions/${encodeURIComponent(raw.discussionId)}/comments/${encodeURIComponent(raw.commentId)}` });
  const discussionId = ZPathId("discussionId").safeParse(raw.discussionId);
  const commentId = ZPathId("commentId").safeParse(raw.commentId);
  if (!discussionId.success || !commentId.success) notFound();
  const [forum, thread, t] = await Promise.all([
    nullOn(getDiscussion(actor, discussionId.data), ["NOT_FOUND"]),
    nullOn(getCommentThread(actor, discussionId.data, commentId.data), ["NOT_FOUND"]),
    getT("Discussions"),
  ]);
  if (!forum || !thread) notFound();

  return (
    <Container className="space-y-8 py-10">
      <ForumHeader
        actor={actor}
        forum={forum}
        eyebrow={
          <Link href={discussionPath(forum.id)} className="text-link">
            {t("backToForum", { title: forum.title })}
          </Link>
        }
      />
      <section aria-labelledby="thread-heading" className="space-y-5">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="thread-heading" className="text-xl font-semibold tracking-tight text-slate-900">
            {t("threadTitle")}
          </h2>
          {thread.parentId && (
            <ButtonLink href={threadPath(forum.id, thread.parentId, thread.id)} variant="secondary" size="sm">
              {t("showParent")}
            </ButtonLink>
          )}
        </div>
        <ScopedText namespaces={["DiscussionForms"]}>
          <ol>
            <CommentCard comment={thread} />
          </ol>
        </ScopedText>
      </section>
    </Container>
  );
}
