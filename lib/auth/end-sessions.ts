// Ends every web session and API token of a user at once: sessions and access tokens carry
// the sessionVersion they were made with, and every API sign-in (token family) is revoked.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";

export async function endAllSessions(tx: Tx, userId: number) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.tokenFamily.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** "Sign out everywhere": every browser session and API token of the actor ends now. */
export async function signOutEverywhere(actor: Actor, ctx: { ip: string }) {
  await db.$transaction(async (tx) => {
    await endAllSessions(tx, actor.id);
    await audit({ actorId: actor.id, action: "auth.sign_out_everywhere", entity: "User", entityId: actor.id, ip: ctx.ip }, tx);
  });
}
