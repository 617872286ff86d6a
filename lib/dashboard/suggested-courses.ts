// The courses a student without any enrolment is offered first: the most popular published
// ones, from the public catalog's read cache.
import { listPublishedCourses } from "@/lib/courses/list-courses";

export async function suggestedCourses(limit = 3) {
  const { courses } = await listPublishedCourses({ sort: "popular", limit });
  return courses;
}
