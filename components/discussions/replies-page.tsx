// A page of one comment's direct replies (oldest first), for "Show N more replies": the
// server renders it and the browser puts it in place, with the next page behind its own button.
import type { Actor } from "@/lib/auth/actor";
import { TREE_REPLIES_PER_PARENT } from "@/lib/discussions/limits";
import { listComments } from "@/lib/discussions/list-comments";
import { CommentCard } from "./comment-card";
import { loadReplies } from "./comment-actions";
import { MoreReplies } from "./more-replies";

type RepliesPageProps = { actor: Actor; discussionId: number; parentId: number; page: number };

export async function RepliesPage({ actor, discussionId, parentId, page }: RepliesPageProps) {
  const { items, pagination } = await listComments(actor, discussionId, { parentId, page, limit: TREE_REPLIES_PER_PARENT, sort: "oldest" });
  const left = pagination.totalRecords - page * TREE_REPLIES_PER_PARENT;
  return (
    <ol className="space-y-5">
      {items.map((comment) => (
        <CommentCard key={comment.id} comment={comment} />
      ))}
      {pagination.nextPage && left > 0 && (
        <li>
          <MoreReplies discussionId={discussionId} parentId={parentId} page={page + 1} count={left} load={loadReplies} />
        </li>
      )}
    </ol>
  );
}
