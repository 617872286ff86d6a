"use server";
// The content editors' save: creates the content on its first save (the editor of a new
// content), changes it afterwards. A thin adapter over lib/contents.
import { action } from "@/lib/action";
import { createContent } from "@/lib/contents/create-content";
import { updateContent } from "@/lib/contents/update-content";
import { revalidateCourseTeaching } from "../curriculum/revalidate";

type SaveContentInput = { courseId: number; moduleId: number; contentId: number | null; input: unknown };

export const saveContentAction = action(
  async (actor, { courseId, moduleId, contentId, input }: SaveContentInput) => {
    const content = contentId ? await updateContent(actor, courseId, moduleId, contentId, input) : await createContent(actor, courseId, moduleId, input);
    revalidateCourseTeaching(courseId);
    return { id: content.id };
  },
  { auth: "required" },
);
