// One comment with its replies, as the thread shows it: author, role, time, the sanitised
// markdown body (a placeholder once deleted; its replies stay), and the reader's controls.
// Replies deeper than the server sent wait behind "Show N more replies".
import { getLocale, getTimeZone } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import { TREE_REPLIES_PER_PARENT } from "@/lib/discussions/limits";
import type { CommentNode, CommentView } from "@/lib/discussions/views";
import { getT } from "@/lib/i18n/translator";
import { commentActions, loadReplies } from "./comment-actions";
import { CommentControls } from "./comment-controls";
import { commentTime } from "./comment-time";
import { MoreReplies } from "./more-replies";

type CommentCardProps = { comment: CommentView | CommentNode };

export async function CommentCard({ comment }: CommentCardProps) {
  const [t, locale, timeZone] = await Promise.all([getT("Discussions"), getLocale(), getTimeZone()]);
  const replies = "replies" in comment ? comment.replies : [];
  const unseen = comment.repliesCount - replies.length;
  const author = comment.author;

  return (
    // A link to one comment (a reply mail's) marks it.
    <li id={`comment-${comment.id}`} className="scroll-mt-24 [&:target>article]:bg-brand-50/60">
      <article aria-label={author ? t("commentBy", { name: author.fullName }) : t("deletedAuthor")} className="-m-2 flex gap-3 rounded-lg p-2">
        {author ? <Avatar name={author.fullName} src={author.avatarUrl} size="sm" className="mt-0.5 shrink-0" /> : <span aria-hidden="true" className="avatar mt-0.5 size-7 shrink-0 bg-slate-100" />}
        <div className="min-w-0 flex-1 space-y-2">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            {author && <span className="font-medium text-slate-900">{author.fullName}</span>}
            {author && author.role !== "Student" && <Badge tone={author.role === "Admin" ? "warning" : "brand"}>{t(author.role === "Admin" ? "roleAdmin" : "roleTeacher")}</Badge>}
            <time dateTime={comment.createdAt} className="text-slate-600">
              {commentTime(comment.createdAt, locale, timeZone)}
            </time>
            {comment.edited && !comment.deleted && <span className="text-slate-600">· {t("edited")}</span>}
          </p>
          <CommentControls
            discussionId={comment.discussionId}
            // Only what the controls use: a tree's replies would otherwise travel with every comment.
            comment={{ id: comment.id, body: comment.body, likesCount: comment.likesCount, likedByMe: comment.likedByMe, canEdit: comment.canEdit, canDelete: comment.canDelete, deleted: comment.deleted }}
            actions={commentActions}
          >
            {comment.deleted ? <p className="text-sm text-slate-600 italic">{t("deletedComment")}</p> : <Markdown headingBase={3}>{comment.body}</Markdown>}
          </CommentControls>
        </div>
      </article>
      {(replies.length > 0 || unseen > 0) && (
        <ol className="mt-4 ml-4 space-y-5 border-l border-slate-200 pl-3 sm:ml-10 sm:pl-5">
          {replies.map((reply) => (
            <CommentCard key={reply.id} comment={reply} />
          ))}
          {unseen > 0 && (
            <li>
              <MoreReplies
                discussionId={comment.discussionId}
                parentId={comment.id}
                page={Math.floor(replies.length / TREE_REPLIES_PER_PARENT) + 1}
                count={unseen}
                load={loadReplies}
              />
            </li>
          )}
        </ol>
      )}
    </li>
  );
}
