// The files students handed in for assignments, so that deleting the assignment (or its
// module) also removes them from storage once committed.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function submittedFileKeys(tx: Tx, where: Prisma.CompletionWhereInput): Promise<string[]> {
  const rows = await tx.completion.findMany({ where: { ...where, submissionFileKey: { not: null } }, select: { submissionFileKey: true } });
  return rows.flatMap((row) => (row.submissionFileKey ? [row.submissionFileKey] : []));
}
