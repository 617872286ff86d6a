"use server";
// Server actions of the curriculum editor: thin adapters over lib/modules and lib/contents.
// Each one changes the outline with one domain call and re-renders the course's teacher
// pages, whose fresh outline reaches the editor in the action's own answer.
import { action } from "@/lib/action";
import { deleteContent } from "@/lib/contents/delete-content";
import { updateContent } from "@/lib/contents/update-content";
import { createModule } from "@/lib/modules/create-module";
import { deleteModule } from "@/lib/modules/delete-module";
import { updateModule } from "@/lib/modules/update-module";
import { revalidateCourseTeaching } from "./revalidate";

type ModuleRef = { courseId: number; moduleId: number };
type ContentRef = ModuleRef & { contentId: number };

export const createModuleAction = action(
  async (actor, { courseId, input }: { courseId: number; input: unknown }) => {
    const created = await createModule(actor, courseId, input);
    revalidateCourseTeaching(courseId);
    return { id: created.id };
  },
  { auth: "required" },
);

/** Renames or describes a module, or with `position` moves it. */
export const updateModuleAction = action(
  async (actor, { courseId, moduleId, input }: ModuleRef & { input: unknown }) => {
    const updated = await updateModule(actor, courseId, moduleId, input);
    revalidateCourseTeaching(courseId);
    return { id: updated.id, position: updated.position };
  },
  { auth: "required" },
);

export const deleteModuleAction = action(
  async (actor, { courseId, moduleId }: ModuleRef) => {
    await deleteModule(actor, courseId, moduleId);
    revalidateCourseTeaching(courseId);
  },
  { auth: "required" },
);

/** Moves a content: `position` in its module, or `moduleId` (and position) for another module. */
export const moveContentAction = action(
  async (actor, { courseId, moduleId, contentId, input }: ContentRef & { input: { moduleId: number; position: number } }) => {
    const content = await updateContent(actor, courseId, moduleId, contentId, { moduleId: input.moduleId, position: input.position });
    revalidateCourseTeaching(courseId);
    return { id: content.id, moduleId: content.moduleId, position: content.position };
  },
  { auth: "required" },
);

export const deleteContentAction = action(
  async (actor, { courseId, moduleId, contentId }: ContentRef) => {
    await deleteContent(actor, courseId, moduleId, contentId);
    revalidateCourseTeaching(courseId);
  },
  { auth: "required" },
);
