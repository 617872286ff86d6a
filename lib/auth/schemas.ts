// Input schemas for accounts and sign-in, shared by forms, server actions and API routes.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { roleLabels } from "@/lib/shared/labels";
import { ZText } from "@/lib/shared/text";
import { commonPasswords } from "./common-passwords";

export const ZEmail = ZText({ error: msg("emailRequired") }).trim().toLowerCase().pipe(z.email(msg("emailInvalid")).max(254));

export const ZUsername = ZText()
  .trim()
  .toLowerCase()
  .min(3, msg("usernameMin"))
  .max(30, msg("usernameMax"))
  .regex(/^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/, msg("usernameChars"));

export const ZFullName = ZText({ error: msg("fullNameRequired") }).trim().min(1, msg("fullNameRequired")).max(100, msg("fullNameMax"));

/** 8–128 characters, no composition rules, not one of the most common passwords. */
export const ZPassword = ZText({ error: msg("passwordRequired") })
  .min(8, msg("passwordMin"))
  .max(128, msg("passwordMax"))
  .refine((password) => !commonPasswords.has(password.toLowerCase()), msg("passwordCommon"));

/** Registration may create students and teachers, never admins. */
export const ZSelfServiceRole = roleLabels.schema.refine((role) => role !== "ADMIN", msg("roleSelfService"));

export const ZRegisterInput = z.object({
  fullName: ZFullName,
  email: ZEmail,
  password: ZPassword,
  username: ZUsername.optional(),
  role: ZSelfServiceRole.optional(),
});
export type RegisterInput = z.input<typeof ZRegisterInput>;

const ZIdentifier = ZText().trim().toLowerCase().min(1, msg("identifierRequired")).max(254);
const ZSignInPassword = ZText({ error: msg("passwordRequired") }).min(1, msg("passwordRequired")).max(128);

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
      ctx.addIssue({ code: "custom", path: ["email"], message: msg("identifierRequired") });
      return z.NEVER;
    }
    return { identifier: id, password, deviceToken };
  });
export type SignInInput = z.input<typeof ZSignInInput>;

export const ZTokenInput = z.object({ token: ZText({ error: msg("tokenRequired") }).trim().regex(/^[0-9a-f]{64}$/, msg("tokenInvalid")) });

export const ZEmailInput = z.object({ email: ZEmail });

export const ZResetPasswordInput = ZTokenInput.extend({
  newPassword: ZPassword,
  confirmNewPassword: ZText({ error: msg("confirmNewPassword") }),
}).refine((input) => input.newPassword === input.confirmNewPassword, {
  path: ["confirmNewPassword"],
  message: msg("passwordsDiffer"),
});
export type ResetPasswordInput = z.input<typeof ZResetPasswordInput>;

export const ZChangePasswordInput = z
  .object({
    oldPassword: ZText({ error: msg("currentPasswordRequired") }).min(1, msg("currentPasswordRequired")).max(128),
    newPassword: ZPassword,
    confirmNewPassword: ZText().optional(),
  })
  .refine((input) => input.confirmNewPassword === undefined || input.newPassword === input.confirmNewPassword, {
    path: ["confirmNewPassword"],
    message: msg("passwordsDiffer"),
  })
  .refine((input) => input.oldPassword !== input.newPassword, { path: ["newPassword"], message: msg("passwordUnchanged") });
export type ChangePasswordInput = z.input<typeof ZChangePasswordInput>;

export const ZRefreshInput = z.object({ refreshToken: ZText({ error: msg("refreshTokenRequired") }).min(1, msg("refreshTokenRequired")).max(200) });
