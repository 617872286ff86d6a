import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCanManageUser } from "./policy";
import { toUserView, userSelect } from "./views";

export async function getUser(actor: Actor, userId: number) {
  assertCanManageUser(actor, userId);
  const user = await db.user.findUnique({ where: { id: userId }, select: userSelect });
  if (!user) throw notFound("User");
  return toUserView(user);
}
