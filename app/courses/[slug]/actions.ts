"use server";
// Server actions of the course page: thin adapters over lib/enrollments. They answer where
// to go next; the client navigates (a redirect inside the action wrapper would be caught).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { enrol } from "@/lib/enrollments/enrol";
import { leaveCourse } from "@/lib/enrollments/leave-course";

export const enrolAction = action(
  async (actor, { courseId }: { courseId: number }) => {
    const { invoice, course } = await enrol(actor, actor.id, { courseId });
    revalidatePath(`/courses/${course.slug}`);
    return { href: invoice ? `/dashboard/invoices/${invoice.id}` : `/learn/${course.slug}` };
  },
  { auth: "required" },
);

export const leaveCourseAction = action(
  async (actor, { enrollmentId, slug }: { enrollmentId: number; slug: string }) => {
    await leaveCourse(actor, actor.id, enrollmentId);
    revalidatePath(`/courses/${slug}`);
    return null;
  },
  { auth: "required" },
);
