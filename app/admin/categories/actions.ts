"use server";
// Server actions of the category admin pages: thin adapters over lib/categories.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createCategory } from "@/lib/categories/create-category";
import { deleteCategory } from "@/lib/categories/delete-category";
import { updateCategory } from "@/lib/categories/update-category";

const LIST = "/admin/categories";

export const createCategoryAction = action(
  async (actor, input: unknown) => {
    const category = await createCategory(actor, input);
    revalidatePath(LIST);
    return category;
  },
  { auth: "required" },
);

export const updateCategoryAction = action(
  async (actor, { categoryId, values }: { categoryId: number; values: unknown }) => {
    const category = await updateCategory(actor, categoryId, values);
    revalidatePath(LIST, "layout");
    return category;
  },
  { auth: "required" },
);

export const deleteCategoryAction = action(
  async (actor, { categoryId, moveTo }: { categoryId: number; moveTo?: string }) => {
    const result = await deleteCategory(actor, categoryId, { moveTo });
    revalidatePath(LIST, "layout");
    return result;
  },
  { auth: "required" },
);
