import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { deleteCommentAction } from "@/app/discussions/actions";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { commentTime } from "@/components/discussions/comment-time";
import { excerpt, formatCount } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ListIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { discussionPath, threadPath } from "@/lib/discussions/links";
import { listDiscussions } from "@/lib/discussions/list-discussions";
import { listRecentComments } from "@/lib/discussions/recent-comments";
import type { DiscussionView, RecentCommentView } from "@/lib/discussions/views";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { MAX_PAGE_SIZE } from "@/lib/shared/pagination";

const PATH = "/admin/discussions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminDiscussions"))("title") };
}

// Forums (tens: one per course and a few general ones) in one table; below it the newest
// comments of every forum, searchable and narrowed to a forum, for moderation. Creating and
// editing a forum have pages of their own (new, [discussionId]).
export default async function AdminDiscussionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const params = await searchParams;
  const [forums, recent, t, forms, locale, timeZone] = await Promise.all([
    listDiscussions(actor, { limit: MAX_PAGE_SIZE, sort: "title" }),
    nullOn(listRecentComments(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]),
    getT("AdminDiscussions"),
    getT("DiscussionForms"),
    getLocale(),
    getTimeZone(),
  ]);
  const filtered = Boolean(params.q || params.discussionId);

  const forumColumns: Column<DiscussionView>[] = [
    {
      key: "title",
      header: t("forum"),
      cell: (forum) => (
        <Link href={`${PATH}/${forum.id}`} className="text-link font-medium">
          {forum.title}
        </Link>
      ),
    },
    { key: "kind", header: t("kind"), cell: (forum) => <Badge tone={forum.course ? "brand" : "neutral"}>{forum.course ? t("courseForum") : t("generalForum")}</Badge>, className: "hidden sm:table-cell" },
    { key: "course", header: t("course"), cell: (forum) => forum.course?.title ?? "—", className: "hidden md:table-cell" },
    { key: "comments", header: t("comments"), cell: (forum) => formatCount(forum.commentsCount, locale), className: "text-right tabular-nums" },
    {
      key: "open",
      header: <span className="sr-only">{t("open")}</span>,
      cell: (forum) => (
        <Link href={discussionPath(forum.id)} className="text-link" aria-label={t("openNamed", { title: forum.title })}>
          {t("open")}
        </Link>
      ),
      className: "hidden sm:table-cell",
    },
  ];

  const commentColumns: Column<RecentCommentView>[] = [
    {
      key: "comment",
      header: t("comment"),
      cell: (comment) => (
        <div className="max-w-xl space-y-1">
          <p className="text-sm">
            <span className="font-medium text-slate-900">{comment.author?.fullName ?? t("deletedAuthor")}</span>{" "}
            <span className="text-slate-600">
              · <time dateTime={comment.createdAt}>{commentTime(comment.createdAt, locale, timeZone)}</time>
            </span>
          </p>
          <p className="line-clamp-2 text-slate-700">{comment.deleted ? <em>{t("deletedComment")}</em> : excerpt(comment.body, 200)}</p>
          <Link href={threadPath(comment.discussionId, comment.parentId ?? comment.id, comment.id)} className="text-link text-sm">
            {t("inForum", { title: comment.discussion.title })}
          </Link>
        </div>
      ),
    },
    {
      key: "actions",
      header: <span className="sr-only">{t("actions")}</span>,
      cell: (comment) =>
        comment.canDelete && (
          <ConfirmAction
            run={deleteCommentAction}
            input={{ discussionId: comment.discussionId, commentId: comment.id }}
            tone="danger"
            labels={{
              trigger: forms("delete"),
              title: forms("deleteCommentOf", { name: comment.author?.fullName ?? "" }),
              description: forms("deleteText"),
              confirm: forms("deleteConfirm"),
              cancel: forms("cancel"),
              done: forms("deleted"),
            }}
          />
        ),
      className: "text-right",
    },
  ];

  return (
    <Container size="wide" className="space-y-10 py-10">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/discussions" variant="secondary" size="sm">
            {t("openForums")}
          </ButtonLink>
        }
      />
      <section aria-labelledby="forums-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="forums-heading" className="text-xl font-semibold tracking-tight text-slate-900">
            {t("forumsTitle")}
          </h2>
          <ButtonLink href={`${PATH}/new`} size="sm">
            {t("newForumTitle")}
          </ButtonLink>
        </div>
        <DataTable
          caption={t("forumsCaption", { count: forums.pagination.totalRecords })}
          columns={forumColumns}
          rows={forums.items}
          rowKey={(forum) => forum.id}
          pathname={PATH}
          searchParams={params}
          empty={<EmptyState icon={<ListIcon />} title={t("noForumsTitle")} description={t("noForumsText")} titleAs="h3" />}
        />
      </section>
      <section aria-labelledby="recent-heading" className="space-y-4">
        <h2 id="recent-heading" className="text-xl font-semibold tracking-tight text-slate-900">
          {t("recentTitle")}
        </h2>
        <DataTableToolbar
          pathname={PATH}
          searchParams={params}
          label={t("filterLabel")}
          search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
          filters={[{ name: "discussionId", label: t("forumFilter"), options: forums.items.map((forum) => ({ value: String(forum.id), label: forum.title })), anyLabel: t("allForums") }]}
        />
        {recent ? (
          <DataTable
            caption={t("recentCaption", { count: recent.pagination.totalRecords })}
            columns={commentColumns}
            rows={recent.items}
            rowKey={(comment) => comment.id}
            pathname={PATH}
            searchParams={params}
            pagination={recent.pagination}
            empty={
              filtered ? (
                <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} titleAs="h3" />
              ) : (
                <EmptyState icon={<ListIcon />} title={t("noCommentsTitle")} description={t("noCommentsText")} titleAs="h3" />
              )
            }
          />
        ) : (
          <EmptyState
            icon={<AlertIcon />}
            title={t("invalidFilterTitle")}
            description={t("invalidFilterText")}
            titleAs="h3"
            action={
              <ButtonLink href={PATH} variant="secondary">
                {t("showAll")}
              </ButtonLink>
            }
          />
        )}
      </section>
    </Container>
  );
}
