import { revalidatePath } from "next/cache";

/** Re-renders the teacher's pages of a course (details, curriculum, editors, preview) after an edit. */
export function revalidateCourseTeaching(courseId: number) {
  revalidatePath(`/teach/courses/${courseId}`, "layout");
}
