// Category names are unique whatever their case ("Design" and "design" are one category),
// which the database's unique index (exact case) cannot enforce. Every category write
// takes one transaction-scoped advisory lock before it checks, so two admins creating
// "Design" and "design" at the same moment are serialised: the second sees the first.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Any fixed 64-bit number; only this module takes it.
const CATEGORY_WRITE_LOCK = 0x4c4d535f43415447n;

export async function lockCategoryWrites(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CATEGORY_WRITE_LOCK})`;
}

const nameTaken = () => new AppError("CONFLICT", { key: "categoryNameTaken" }, { fieldErrors: [{ field: "name", message: { key: "categoryNameTaken" } }] });

/** 409 on `name` when another category has this name in any case. Call under the lock. */
export async function assertNameFree(tx: Tx, name: string, exceptId?: number) {
  const clash = await tx.category.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}
