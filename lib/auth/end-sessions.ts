// Ends every web session and API token of a user at once: sessions and access tokens carry
// the sessionVersion they were made with, and refresh tokens are revoked outright.
import type { Tx } from "@/lib/db";

export async function endAllSessions(tx: Tx, userId: number) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
