"use server";
// Server actions of the user admin pages: thin adapters over lib/users.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { createUser } from "@/lib/users/create-user";
import { deleteUser } from "@/lib/users/delete-user";
import { reassignCourses } from "@/lib/users/reassign-courses";
import { sendPasswordReset } from "@/lib/users/send-password-reset";
import { updateUser } from "@/lib/users/update-user";

const LIST = "/admin/users";

export const createUserAction = action(
  async (actor, input: unknown) => {
    const user = await createUser(actor, input);
    revalidatePath(LIST);
    return { id: user.id, fullName: user.fullName };
  },
  { auth: "required" },
);

/** Role, member level and disabled state; the rest of the profile is the owner's to edit. */
export const updateUserAction = action(
  async (actor, { userId, values }: { userId: number; values: { role?: string; memberLevel?: string; disabled?: boolean } }, ctx) => {
    const user = await updateUser(actor, userId, { role: values.role, memberLevel: values.memberLevel, disabled: values.disabled }, ctx);
    revalidatePath(LIST, "layout");
    return user;
  },
  { auth: "required" },
);

export const sendPasswordResetAction = action(async (actor, { userId }: { userId: number }) => sendPasswordReset(actor, userId), { auth: "required" });

export const reassignCoursesAction = action(
  async (actor, { userId, teacherId }: { userId: number; teacherId: string }) => {
    const result = await reassignCourses(actor, userId, { teacherId });
    revalidatePath(`${LIST}/${userId}`);
    return result;
  },
  { auth: "required" },
);

export const deleteUserAction = action(
  async (actor, { userId }: { userId: number }) => {
    await deleteUser(actor, userId);
    revalidatePath(LIST);
    return { userId };
  },
  { auth: "required" },
);
