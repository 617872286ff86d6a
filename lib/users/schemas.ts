import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { ZEmail, ZFullName, ZPassword, ZUsername } from "@/lib/auth/schemas";
import { memberLevelLabels, roleLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

export const ZUserListQuery = ZPageQuery.extend({
  q: ZSearch,
  role: blankAsMissing(roleLabels.schema.optional()),
  sort: blankAsMissing(z.enum(["newest", "oldest", "name"], { error: msg("fieldOneOf") }).default("newest")),
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
