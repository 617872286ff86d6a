import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentCard } from "@/components/discussions/comment-card";
import { ForumHeader } from "@/components/discussions/forum-header";
import { NewPost } from "@/components/discussions/new-post";
import { ScopedText } from "@/components/i18n/scoped-text";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { ListIcon } from "@/components/ui/icons";
import type { SearchParams } from "@/components/ui/pagination";
import { ZPathId } from "@/lib/api/contract-schemas";
import { getSessionActor, requireSessionActor } from "@/lib/auth/session";
import { getDiscussion } from "@/lib/discussions/get-discussion";
import { listCommentTree } from "@/lib/discussions/list-comments";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { postCommentAction } from "../actions";

type Props = { params: Promise<{ discussionId: string }>; searchParams: Promise<SearchParams> };

const PAGE_SIZE = 10;
// "Load more" asks for one page more; the pages shown are read again on every visit.
const MAX_PAGES = 20;
const SORTS = ["newest", "mostLiked"] as const;
type Sort = (typeof SORTS)[number];

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const [actor, id] = await Promise.all([getSessionActor(), params.then(({ discussionId }) => ZPathId("discussionId").safeParse(discussionId))]);
  const forum = actor && id.success ? await nullOn(getDiscussion(actor, id.data), ["NOT_FOUND"]) : null;
  return { title: forum?.title ?? (await getT("Discussions"))("forumTitle") };
}

export default async function ForumPage({ params, searchParams }: Props) {
  const { discussionId: raw } = await params;
  const path = `/discussions/${encodeURIComponent(raw)}`;
  const actor = await requireSessionActor({ returnTo: path });
  const id = ZPathId("discussionId").safeParse(raw);
  if (!id.success) notFound();
  const query = await searchParams;
  const sort: Sort = SORTS.find((name) => name === first(query.sort)) ?? "newest";
  const pages = Math.min(MAX_PAGES, Math.max(1, Number.parseInt(first(query.pages) ?? "1", 10) || 1));

  const [forum, t] = await Promise.all([nullOn(getDiscussion(actor, id.data), ["NOT_FOUND"]), getT("Discussions")]);
  if (!forum) notFound();
  const loaded = await Promise.all(Array.from({ length: pages }, (_, index) => listCommentTree(actor, forum.id, { page: index + 1, limit: PAGE_SIZE, sort })));
  const posts = loaded.flatMap((page) => page.items);
  const total = loaded[0]?.pagination.totalRecords ?? 0;
  const more = posts.length < total && pages < MAX_PAGES;
  const href = (next: { sort?: Sort; pages?: number }) => {
    const search = new URLSearchParams();
    if ((next.sort ?? sort) !== "newest") search.set("sort", next.sort ?? sort);
    if (next.pages && next.pages > 1) search.set("pages", String(next.pages));
    return search.size ? `${path}?${search}` : path;
  };

  return (
    <Container className="space-y-8 py-10">
      <ForumHeader
        actor={actor}
        forum={forum}
        eyebrow={
          <Link href="/discussions" className="text-link">
            {t("allForums")}
          </Link>
        }
      />
      <ScopedText namespaces={["DiscussionForms"]}>
        <section aria-labelledby="new-post-heading" className="space-y-3">
          <h2 id="new-post-heading" className="text-xl font-semibold tracking-tight text-slate-900">
            {t("newPostTitle")}
          </h2>
          <Card>
            <CardBody>
              <NewPost discussionId={forum.id} post={postCommentAction} />
            </CardBody>
          </Card>
        </section>
        <section aria-labelledby="posts-heading" className="space-y-5">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="posts-heading" className="text-xl font-semibold tracking-tight text-slate-900">
              {t("postsTitle", { count: total })}
            </h2>
            <nav aria-label={t("sortLabel")} className="flex gap-1 text-sm">
              {SORTS.map((name) => (
                <Link
                  key={name}
                  href={href({ sort: name })}
                  aria-current={name === sort ? "true" : undefined}
                  className={cx("rounded-md px-3 py-1.5 font-medium", name === sort ? "bg-brand-50 text-brand-800" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900")}
                >
                  {t(name === "newest" ? "sortNewest" : "sortMostLiked")}
                </Link>
              ))}
            </nav>
          </div>
          {posts.length ? (
            <ol className="space-y-8">
              {posts.map((post) => (
                <CommentCard key={post.id} comment={post} />
              ))}
            </ol>
          ) : (
            <EmptyState icon={<ListIcon />} title={t("noPostsTitle")} description={t("noPostsText")} titleAs="h3" />
          )}
          {more && (
            <div className="flex justify-center">
              <ButtonLink href={href({ pages: pages + 1 })} scroll={false} variant="secondary">
                {t("loadMore")}
              </ButtonLink>
            </div>
          )}
        </section>
      </ScopedText>
    </Container>
  );
}
