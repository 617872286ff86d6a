import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { forumCourseOptions } from "@/components/discussions/forum-course-options";
import { formatDate } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ListIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, type SearchParams } from "@/components/ui/pagination";
import { isAdmin } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { discussionPath } from "@/lib/discussions/links";
import { listDiscussions } from "@/lib/discussions/list-discussions";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

const PATH = "/discussions";
const FILTERS = ["q", "courseId"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Discussions"))("title") };
}

// The forums a signed-in user may open: the general ones and the Q&A forums of their courses.
export default async function DiscussionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ returnTo: PATH });
  const params = await searchParams;
  const [result, courses, t, locale, timeZone] = await Promise.all([
    nullOn(listDiscussions(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]),
    forumCourseOptions(actor),
    getT("Discussions"),
    getLocale(),
    getTimeZone(),
  ]);
  const filtered = FILTERS.some((name) => params[name]);
  const admin = isAdmin(actor);

  return (
    <Container className="space-y-8 py-10">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          admin && (
            <ButtonLink href="/admin/discussions/new" size="sm">
              {t("newForum")}
            </ButtonLink>
          )
        }
      />
      <DataTableToolbar
        pathname={PATH}
        searchParams={params}
        label={t("filterLabel")}
        search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        filters={courses.length ? [{ name: "courseId", label: t("courseFilter"), options: courses, anyLabel: t("allCourses") }] : []}
      />
      {!result ? (
        <EmptyState
          icon={<AlertIcon />}
          title={t("invalidFilterTitle")}
          description={t("invalidFilterText")}
          action={
            <ButtonLink href={PATH} variant="secondary">
              {t("showAll")}
            </ButtonLink>
          }
        />
      ) : result.items.length === 0 ? (
        filtered ? (
          <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} />
        ) : (
          <EmptyState icon={<ListIcon />} title={t("emptyTitle")} description={t("emptyText")} />
        )
      ) : (
        <>
          <p className="text-sm text-slate-600" role="status">
            {t("found", { count: result.pagination.totalRecords })}
          </p>
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {result.items.map((forum) => (
              <li key={forum.id} className="flex flex-col gap-3 p-5 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0 space-y-1.5">
                  <div className="flex flex-wrap items-center gap-2">
                    <h2 className="text-lg font-semibold text-slate-900">
                      <Link href={discussionPath(forum.id)} className="text-link">
                        {forum.title}
                      </Link>
                    </h2>
                    <Badge tone={forum.course ? "brand" : "neutral"}>{forum.course ? t("courseBadge") : t("generalBadge")}</Badge>
                  </div>
                  {forum.course && <p className="text-sm text-slate-600">{t("courseLine", { title: forum.course.title })}</p>}
                  {forum.description && <p className="line-clamp-2 text-sm text-pretty text-slate-700">{forum.description}</p>}
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-600 sm:flex-col sm:items-end">
                  <span>{t("comments", { count: forum.commentsCount })}</span>
                  <span>
                    {forum.lastActivityAt
                      ? t("lastActivity", { date: formatDate(forum.lastActivityAt, locale, timeZone) ?? "" })
                      : t("createdOn", { date: formatDate(forum.createdAt, locale, timeZone) ?? "" })}
                  </span>
                  {admin && (
                    <Link href={`/admin/discussions/${forum.id}`} className="text-link" aria-label={t("manageNamed", { title: forum.title })}>
                      {t("manage")}
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <Pagination currentPage={result.pagination.currentPage} totalPages={result.pagination.totalPages} pathname={PATH} searchParams={params} />
        </>
      )}
    </Container>
  );
}
