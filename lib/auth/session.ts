// The signed-in user of a page, server action or route handler (web session cookie).
// Pages of /dashboard, /teach and /admin call requireSessionActor with their roles; the
// proxy may redirect earlier, but this check is the one that counts.
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor, MaybeActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./next-auth";

/** The session's user, re-validated against the database once per request. */
export const getSession = cache(async () => {
  // Per request, never at build time: a page that asks who is signed in is dynamic.
  await connection();
  return (await getServerSession(authOptions()))?.user ?? null;
});

export const getSessionActor = async (): Promise<MaybeActor> => {
  const user = await getSession();
  return user ? { id: user.id, role: user.role } : null;
};

/** For pages: sign-in first (coming back afterwards), and a "no access" page for other roles. */
export async function requireSessionActor(opts: { roles?: Role[]; returnTo: string }): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(opts.returnTo)}`);
  if (opts.roles && !opts.roles.includes(actor.role)) redirect("/no-access");
  return actor;
}
