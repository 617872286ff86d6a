"use server";
// Server actions of the account settings page: thin adapters over lib/auth and lib/users.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { avatarFileFrom, removeAvatar, setAvatar } from "@/lib/users/avatar";
import { signOutEverywhere } from "@/lib/auth/end-sessions";
import { changePassword } from "@/lib/auth/change-password";
import { deleteOwnAccount } from "@/lib/users/delete-own-account";
import { updateUser } from "@/lib/users/update-user";

export const updateProfileAction = action(
  async (actor, input: unknown, ctx) => {
    const user = await updateUser(actor, actor.id, input, ctx);
    revalidatePath("/settings");
    return user;
  },
  { auth: "required" },
);

export const changePasswordAction = action((actor, input: unknown, ctx) => changePassword(actor, input, ctx), { auth: "required" });

export const signOutEverywhereAction = action((actor, _input: void, ctx) => signOutEverywhere(actor, ctx), { auth: "required" });

export const deleteAccountAction = action((actor, input: unknown, ctx) => deleteOwnAccount(actor, input, ctx), { auth: "required" });

export const uploadAvatarAction = action(
  async (actor, form: FormData) => {
    const user = await setAvatar(actor, actor.id, await avatarFileFrom(form));
    revalidatePath("/", "layout");
    return user;
  },
  { auth: "required" },
);

export const removeAvatarAction = action(
  async (actor, _input: void) => {
    const user = await removeAvatar(actor, actor.id);
    revalidatePath("/", "layout");
    return user;
  },
  { auth: "required" },
);
