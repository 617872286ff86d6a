"use server";
// Server actions of the sign-in pages: thin adapters over lib/auth.
import { action } from "@/lib/action";
import { activateAccount, resendActivation } from "@/lib/auth/activation";
import { forgotPassword, resetPassword } from "@/lib/auth/password-reset";
import { register } from "@/lib/auth/register";

export const registerAction = action(async (_actor, input: unknown, ctx) => {
  const { user, activationMailSent } = await register(input, ctx);
  return { email: user.email, activationMailSent };
});

export const activateAction = action((_actor, input: unknown, ctx) => activateAccount(input, ctx));

export const resendActivationAction = action((_actor, input: unknown, ctx) => resendActivation(input, ctx));

export const forgotPasswordAction = action((_actor, input: unknown, ctx) => forgotPassword(input, ctx));

export const resetPasswordAction = action((_actor, input: unknown, ctx) => resetPassword(input, ctx));
