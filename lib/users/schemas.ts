import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { ZEmail, ZFullName, ZPassword, ZUsername } from "@/lib/auth/schemas";
import { memberLevelLabels, roleLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

/** An account is active, disabled by an admin, or pending: registered but not yet activated. */
export const USER_STATUSES = ["active", "disabled", "pending"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const USER_SORTS = ["newest", "oldest", "name", "email", "role"] as const;

export const ZUserListQuery = ZPageQuery.extend({
  q: ZSearch,
  role: blankAsMissing(roleLabels.schema.optional()),
  status: blankAsMissing(z.enum(USER_STATUSES, { error: msg("fieldOneOf") }).optional()),
  sort: blankAsMissing(z.enum(USER_SORTS, { error: msg("fieldOneOf") }).default("newest")),
});

/** An admin creates an account that is active at once: the admin vouches for it. */
export const ZCreateUserInput = z.object({
  email: ZEmail,
  password: ZPassword,
  fullName: ZFullName,
  username: ZUsername.optional(),
  role: roleLabels.schema.optional(),
  memberLevel: memberLevelLabels.schema.optional(),
});
export type CreateUserInput = z.input<typeof ZCreateUserInput>;

/** What the account's owner may change. A new email also needs the current password. */
export const ZUpdateProfileInput = z.object({
  fullName: ZFullName.optional(),
  username: ZUsername.optional(),
  email: ZEmail.optional(),
  currentPassword: ZText().max(128).optional(),
  /** Mail me when someone replies to my comment. */
  notifyOnReply: z.boolean({ error: msg("fieldBoolean") }).optional(),
});

/** What only an admin may change, on top of the profile. */
export const ZAdminUpdateUserInput = ZUpdateProfileInput.extend({
  role: roleLabels.schema.optional(),
  memberLevel: memberLevelLabels.schema.optional(),
  disabled: z.boolean({ error: msg("fieldBoolean") }).optional(),
});
export type UpdateUserInput = z.input<typeof ZAdminUpdateUserInput>;

/** An admin hands all of a teacher's courses to another active teacher or administrator. */
export const ZReassignCoursesInput = z.object({
  teacherId: z.coerce.number({ error: msg("chooseTeacher") }).int(msg("chooseTeacher")).positive(msg("chooseTeacher")).max(2_147_483_647, msg("fieldTooLarge")),
});
export type ReassignCoursesInput = z.input<typeof ZReassignCoursesInput>;

/** The admin form of a user's role and member level. */
export const ZUserRoleInput = ZAdminUpdateUserInput.pick({ role: true, memberLevel: true });
