"use server";
// Server actions of the teaching area's course list: thin adapters over lib/courses.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createCourse } from "@/lib/courses/create-course";

export const createCourseAction = action(
  async (actor, input: unknown) => {
    const course = await createCourse(actor, input);
    revalidatePath("/teach");
    return { id: course.id, slug: course.slug };
  },
  { auth: "required" },
);
