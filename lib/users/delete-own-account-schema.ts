import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";

/** Deleting one's own account on the web is confirmed with the current password. */
export const ZDeleteOwnAccountInput = z.object({
  password: z.string({ error: msg("confirmWithPassword") }).min(1, msg("confirmWithPassword")).max(128),
});
export type DeleteOwnAccountInput = z.input<typeof ZDeleteOwnAccountInput>;
