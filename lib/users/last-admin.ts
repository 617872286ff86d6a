// The platform always keeps one active administrator. Every change that can remove one
// (delete, disable, demote) takes the same transaction-scoped advisory lock before it
// counts, so two admins removing each other at the same moment are serialised: the second
// sees the first's change and is refused.
import type { Tx } from "@/lib/db";
import { AppError, type ErrorText } from "@/lib/errors";

// Any fixed 64-bit number; only this module takes it.
const ADMIN_SET_LOCK = 0x4c4d535f41444d4en;

/** Call first in the transaction that deletes, disables or demotes userId. */
export async function assertNotLastActiveAdmin(tx: Tx, userId: number, refusal: ErrorText["key"]) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_SET_LOCK})`;
  const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } });
  if (target?.role !== "ADMIN" || target.disabledAt) return;
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", { key: refusal });
}
