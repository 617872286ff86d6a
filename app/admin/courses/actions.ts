"use server";
// Server actions of the admins' course list: thin adapters over lib/courses.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { updateCourse } from "@/lib/courses/update-course";

export const updateCourseAdminAction = action(
  async (actor, { courseId, changes }: { courseId: number; changes: { status?: string; teacherId?: number } }) => {
    const course = await updateCourse(actor, courseId, changes);
    revalidatePath("/admin/courses");
    return { id: course.id, status: course.status };
  },
  { auth: "required" },
);
