// Input schemas for accounts and sign-in, shared by forms, server actions and API routes.
import { z } from "zod";
import { roleLabels } from "@/lib/shared/labels";
import { ZText } from "@/lib/shared/text";
import { commonPasswords } from "./common-passwords";

export const ZEmail = ZText({ error: "Email is required." }).trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254));

export const ZUsername = ZText()
  .trim()
  .toLowerCase()
  .min(3, "Username must be at least 3 characters.")
  .max(30, "Username must be at most 30 characters.")
  .regex(/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/, "Use letters, digits, dots, dashes or underscores.");

export const ZFullName = ZText({ error: "Full name is required." }).trim().min(1, "Full name is required.").max(100, "Full name must be at most 100 characters.");

/** 8–128 characters, no composition rules, not one of the most common passwords. */
export const ZPassword = ZText({ error: "Password is required." })
  .min(8, "Password must be at least 8 characters.")
  .max(128, "Password must be at most 128 characters.")
  .refine((password) => !commonPasswords.has(password.toLowerCase()), "This password is too common. Choose another.");

/** Registration may create students and teachers, never admins. */
export const ZSelfServiceRole = roleLabels.schema.refine((role) => role !== "ADMIN", "Role must be Student or Teacher.");

export const ZRegisterInput = z.object({
  fullName: ZFullName,
  email: ZEmail,
  password: ZPassword,
  username: ZUsername.optional(),
  role: ZSelfServiceRole.optional(),
});
export type RegisterInput = z.input<typeof ZRegisterInput>;

const ZIdentifier = ZText().trim().toLowerCase().min(1, "Email or username is required.").max(254);
const ZSignInPassword = ZText({ error: "Password is required." }).min(1, "Password is required.").max(128);

/** The sign-in form: one field for email or username. */
export const ZSignInForm = z.object({ identifier: ZIdentifier, password: ZSignInPassword });

/** The API's sign-in body: the contract calls the identifier `email`; `username` works too. */
export const ZSignInInput = z
  .object({
    identifier: ZIdentifier.optional(),
    email: ZIdentifier.optional(),
    username: ZIdentifier.optional(),
    password: ZSignInPassword,
    /** From an earlier successful sign-in of this client: marks a known device (lib/auth/device-tokens.ts). */
    deviceToken: ZText().max(1000).optional(),
  })
  .transform(({ identifier, email, username, password, deviceToken }, ctx) => {
    const id = identifier ?? email ?? username;
    if (!id) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "Email or username is required." });
      return z.NEVER;
    }
    return { identifier: id, password, deviceToken };
  });
export type SignInInput = z.input<typeof ZSignInInput>;

export const ZTokenInput = z.object({ token: ZText({ error: "Token is required." }).trim().regex(/^[0-9a-f]{64}$/, "Invalid token.") });

export const ZEmailInput = z.object({ email: ZEmail });

export const ZResetPasswordInput = ZTokenInput.extend({
  newPassword: ZPassword,
  confirmNewPassword: ZText({ error: "Confirm your new password." }),
}).refine((input) => input.newPassword === input.confirmNewPassword, {
  path: ["confirmNewPassword"],
  message: "Passwords do not match.",
});
export type ResetPasswordInput = z.input<typeof ZResetPasswordInput>;

export const ZChangePasswordInput = z
  .object({
    oldPassword: ZText({ error: "Current password is required." }).min(1, "Current password is required.").max(128),
    newPassword: ZPassword,
    confirmNewPassword: ZText().optional(),
  })
  .refine((input) => input.confirmNewPassword === undefined || input.newPassword === input.confirmNewPassword, {
    path: ["confirmNewPassword"],
    message: "Passwords do not match.",
  })
  .refine((input) => input.oldPassword !== input.newPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });
export type ChangePasswordInput = z.input<typeof ZChangePasswordInput>;

export const ZRefreshInput = z.object({ refreshToken: ZText({ error: "refreshToken is required." }).min(1, "refreshToken is required.").max(200) });
