"use server";
// "Show N more replies": a page of one comment's replies, rendered on the server (markdown
// included). A file of its own: the pages that only write (the moderation view) would
// otherwise load the thread's client components with the actions.
import { action } from "@/lib/action";

/** A page of one comment's direct replies, rendered on the server (markdown included). */
export const loadRepliesAction = action(
  async (actor, { discussionId, parentId, page }: { discussionId: number; parentId: number; page: number }) => {
    // Imported here: the page renders comments whose controls use the actions of this file.
    const { RepliesPage } = await import("@/components/discussions/replies-page");
    return RepliesPage({ actor, discussionId, parentId, page });
  },
  { auth: "required" },
);
