// Categories: everyone reads them; only administrators create, change or delete them.
import type { MaybeActor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

export function assertCanManageCategories(actor: MaybeActor) {
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", { key: "adminsOnly" });
}

export const categoryNotFound = () => new AppError("NOT_FOUND", { key: "categoryNotFound" });
