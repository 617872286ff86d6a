// The courses of the forums an actor may see, for the course filter of the forum lists.
import type { Actor } from "@/lib/auth/actor";
import { listDiscussions } from "@/lib/discussions/list-discussions";
import { MAX_PAGE_SIZE } from "@/lib/shared/pagination";

export async function forumCourseOptions(actor: Actor) {
  const { items } = await listDiscussions(actor, { limit: MAX_PAGE_SIZE, sort: "title" });
  return items.flatMap((forum) => (forum.course ? [{ value: String(forum.course.id), label: forum.course.title }] : [])).toSorted((a, b) => a.label.localeCompare(b.label));
}
