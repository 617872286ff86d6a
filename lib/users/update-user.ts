import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { assertCurrentPassword } from "@/lib/auth/password-recheck";
import { isAdmin } from "@/lib/auth/policy";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { assertNotLastActiveAdmin } from "./last-admin";
import { assertCanManageUser } from "./policy";
import { assertAccountUnique, rethrowUniqueClash } from "./uniqueness";
import { ZAdminUpdateUserInput, ZUpdateProfileInput } from "./schemas";
import { toUserView, userSelect } from "./views";

/**
 * Owners edit their profile; admins also change role, member level and disabled state.
 * A role change or disabling ends all of that user's sessions and tokens at once. Changing
 * one's own email needs the current password: with the address, whoever holds a stolen
 * session could otherwise take the account over through a password reset. ctx names the
 * client for the limit on those password checks; a caller that cannot name it shares the
 * "unknown" client, and the per-account limit holds either way.
 */
export async function updateUser(actor: Actor, userId: number, input: unknown, ctx: { ip: string } = { ip: "unknown" }) {
  assertCanManageUser(actor, userId);
  const admin = isAdmin(actor);
  if (!admin && typeof input === "object" && input !== null && ["role", "memberLevel", "disabled"].some((key) => key in input)) {
    throw new AppError("FORBIDDEN", { key: "adminFieldsOnly" });
  }
  const data = parseInput(admin ? ZAdminUpdateUserInput : ZUpdateProfileInput, input) as ReturnType<typeof ZAdminUpdateUserInput.parse>;
  if (admin && userId === actor.id && (data.disabled || (data.role && data.role !== "ADMIN"))) {
    throw new AppError("BAD_REQUEST", { key: "cannotDemoteSelf" });
  }
  const before = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabledAt: true, email: true, passwordHash: true } });
  if (!before) throw notFound("User");
  const emailChanged = data.email !== undefined && data.email !== before.email;
  if (emailChanged && userId === actor.id) {
    await assertCurrentPassword(before, data.currentPassword ?? "", ctx, { field: "currentPassword", key: "currentPasswordForEmail" });
  }
  await assertAccountUnique({ email: data.email, username: data.username, exceptUserId: userId });

  const roleChanged = data.role !== undefined && data.role !== before.role;
  const disabling = data.disabled === true && !before.disabledAt;
  const view = await db
    .$transaction(async (tx) => {
      if (disabling || (data.role !== undefined && data.role !== "ADMIN")) {
        await assertNotLastActiveAdmin(tx, userId, "lastAdminDemote");
      }
      const user = await tx.user.update({
        where: { id: userId },
        data: {
          fullName: data.fullName,
          username: data.username,
          email: data.email,
          role: data.role,
          memberLevel: data.memberLevel,
          disabledAt: data.disabled === undefined ? undefined : data.disabled ? (before.disabledAt ?? new Date()) : null,
          notifyOnReply: data.notifyOnReply,
        },
        select: userSelect,
      });
      if (roleChanged || disabling) await endAllSessions(tx, userId);
      if (emailChanged) {
        await audit({ actorId: actor.id, action: "user.email_change", entity: "User", entityId: userId, data: { from: before.email, to: data.email } }, tx);
      }
      if (roleChanged) {
        await audit({ actorId: actor.id, action: "user.role_change", entity: "User", entityId: userId, data: { from: before.role, to: data.role } }, tx);
      }
      if (data.disabled !== undefined && data.disabled !== (before.disabledAt !== null)) {
        await audit({ actorId: actor.id, action: data.disabled ? "user.disable" : "user.enable", entity: "User", entityId: userId }, tx);
      }
      return toUserView(user);
    })
    .catch(rethrowUniqueClash);
  // A teacher's name shows on their course cards and pages.
  if (data.fullName !== undefined || data.username !== undefined) await invalidatePublic({ teacher: userId });
  return view;
}
