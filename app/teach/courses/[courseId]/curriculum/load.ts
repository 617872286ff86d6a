// What the course's authoring pages load, for its teacher or an admin only: anyone else
// gets the not-found page (the course layout says more to a teacher who may see the course
// but not change it). Cached per request, so the metadata and the page share one load.
import { notFound } from "next/navigation";
import { cache } from "react";
import { ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getCurriculum } from "@/lib/contents/get-curriculum";
import { getManagedCourse } from "@/lib/courses/read-course";
import { nullOn } from "@/lib/errors";

async function managed(raw: string, returnTo: string) {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo });
  const id = ZPathId("courseId").safeParse(raw);
  const course = id.success ? await nullOn(getManagedCourse(actor, id.data), ["NOT_FOUND", "FORBIDDEN"]) : null;
  if (!course) notFound();
  return { actor, course };
}

/** The course with its outline (modules and their contents' titles and types). */
export const loadOutline = cache(async (raw: string) => (await managed(raw, `/teach/courses/${raw}/curriculum`)).course);

/** The course and its whole curriculum as its manager sees it (correct answers included). */
export const loadCurriculum = cache(async (raw: string, returnTo: string) => {
  const { actor, course } = await managed(raw, returnTo);
  const { modules } = await getCurriculum(actor, course.id);
  return { course, modules };
});
