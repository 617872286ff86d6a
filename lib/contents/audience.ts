// Which view of a course's contents an actor gets (see views.ts).
import type { MaybeActor } from "@/lib/auth/actor";
import { canReadCourseContent } from "@/lib/courses/content-access";
import { canManageCourse } from "@/lib/courses/policy";
import type { ContentAudience } from "./views";

type CourseRef = { id: number; teacherId: number; releaseDate: Date | null };

/** asStudent: its teacher or an admin previewing the course as an enrolled student sees it. */
export async function audienceFor(actor: MaybeActor, course: CourseRef, opts: { asStudent?: boolean } = {}): Promise<ContentAudience> {
  if (canManageCourse(actor, course)) return opts.asStudent ? "reader" : "manager";
  return (await canReadCourseContent(actor, course)) ? "reader" : "outline";
}
