import { assertAccountUnique, rethrowUniqueClash } from "@/lib/auth/register";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { deriveUsername } from "./derive-username";
import { assertAdmin } from "./policy";
import { ZCreateUserInput } from "./schemas";
import { toUserView, userSelect } from "./views";

/** Admins create accounts of any role, active at once. */
export async function createUser(actor: Actor, input: unknown) {
  assertAdmin(actor);
  const data = parseInput(ZCreateUserInput, input);
  await assertAccountUnique({ email: data.email, username: data.username });
  const passwordHash = await hashPassword(data.password);
  return db
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          username: data.username ?? (await deriveUsername(tx, data.email)),
          fullName: data.fullName,
          passwordHash,
          role: data.role ?? "STUDENT",
          memberLevel: data.memberLevel ?? "BASIC",
          activatedAt: new Date(),
        },
        select: userSelect,
      });
      await audit({ actorId: actor.id, action: "user.create", entity: "User", entityId: user.id, data: { role: user.role } }, tx);
      return toUserView(user);
    })
    .catch(rethrowUniqueClash);
}
