"use server";
// The language switch's server action for a signed-in user (visitors only set the cookie).
import { action } from "@/lib/action";
import { setLocale } from "@/lib/users/locale";

export const saveLocaleAction = action((actor, input: unknown) => setLocale(actor, input), { auth: "required" });
