import { z } from "zod";

/** Deleting one's own account on the web is confirmed with the current password. */
export const ZDeleteOwnAccountInput = z.object({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm.").max(128),
});
export type DeleteOwnAccountInput = z.input<typeof ZDeleteOwnAccountInput>;
