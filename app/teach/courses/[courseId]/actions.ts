"use server";
// Server actions of a course's details page: thin adapters over lib/courses. Each names the
// course it acts on; who may change it is decided by the domain.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { coverFileFrom, removeCourseCover, setCourseCover } from "@/lib/courses/cover";
import { deleteCourse } from "@/lib/courses/delete-course";
import { updateCourse } from "@/lib/courses/update-course";
import type { CourseDetail } from "@/lib/courses/views";
import { notFound } from "@/lib/errors";

// The id arrives from the browser: anything but a positive whole number names no course.
function courseIdOf(value: unknown): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) throw notFound("Course");
  return id;
}

// What the page's forms need back (the cover in its narrowest size, for the preview); the
// rest reaches them through the refreshed page.
const savedOf = (course: CourseDetail) => ({
  id: course.id,
  title: course.title,
  slug: course.slug,
  status: course.status,
  coverPreviewUrl: course.coverImageVariants[0]?.url ?? course.coverImageUrl,
});

/** The course's pages (its tabs, the public page) and the teaching list show what changed. */
function refresh(course: { id: number; slug: string }) {
  revalidatePath(`/teach/courses/${course.id}`, "layout");
  revalidatePath("/teach");
  revalidatePath(`/courses/${course.slug}`);
}

export const updateCourseAction = action(
  async (actor, { courseId, changes }: { courseId: number; changes: unknown }) => {
    const course = await updateCourse(actor, courseIdOf(courseId), changes);
    refresh(course);
    return savedOf(course);
  },
  { auth: "required" },
);

export const deleteCourseAction = action(
  async (actor, { courseId }: { courseId: number }) => {
    await deleteCourse(actor, courseIdOf(courseId));
    revalidatePath("/teach");
  },
  { auth: "required" },
);

/** The form holds the image ("cover") and the course's id ("courseId"). */
export const uploadCoverAction = action(
  async (actor, form: FormData) => {
    const course = await setCourseCover(actor, courseIdOf(form.get("courseId")), await coverFileFrom(form));
    refresh(course);
    return savedOf(course);
  },
  { auth: "required" },
);

export const removeCoverAction = action(
  async (actor, { courseId }: { courseId: number }) => {
    const course = await removeCourseCover(actor, courseIdOf(courseId));
    refresh(course);
    return savedOf(course);
  },
  { auth: "required" },
);
