// The head of a forum page and of a thread page: the forum's title and description, its
// course for a Q&A forum, and for admins the way to its settings.
import Link from "next/link";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import type { DiscussionView } from "@/lib/discussions/views";
import { getT } from "@/lib/i18n/translator";

export async function ForumHeader({ actor, forum, eyebrow, title }: { actor: Actor; forum: DiscussionView; eyebrow: ReactNode; title?: string }) {
  const t = await getT("Discussions");
  return (
    <PageHeader
      eyebrow={eyebrow}
      title={title ?? forum.title}
      description={
        <>
          {forum.description && <span className="block">{forum.description}</span>}
          {forum.course && (
            <span className="mt-1 block text-sm">
              {t.rich("courseForum", {
                title: forum.course.title,
                course: (chunks) => (
                  <Link href={`/courses/${forum.course!.slug}`} className="text-link font-medium">
                    {chunks}
                  </Link>
                ),
              })}
            </span>
          )}
        </>
      }
      actions={
        isAdmin(actor) && (
          <ButtonLink href={`/admin/discussions/${forum.id}`} variant="secondary" size="sm">
            {t("manageForum")}
          </ButtonLink>
        )
      }
    />
  );
}
