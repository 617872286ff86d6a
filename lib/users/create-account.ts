// Creating an account, shared by self-registration and by admins: unique email and
// username, the argon2id hash, a username derived from the email when none is given, and
// the audit entry, all in one transaction with whatever the caller adds (a token).
import { hashPassword } from "@/lib/auth/password-hash";
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import type { Locale, MemberLevel, Role } from "@/lib/generated/prisma/enums";
import { deriveUsername } from "./derive-username";
import { assertAccountUnique, rethrowUniqueClash } from "./uniqueness";
import { type UserView, toUserView, userSelect } from "./views";

export type NewAccount = { email: string; password: string; fullName: string; username?: string; role?: Role; memberLevel?: MemberLevel; locale?: Locale | null; activated: boolean };

export async function createAccount<T>(
  account: NewAccount,
  trail: { actorId: number | null; action: string; ip?: string },
  inTransaction: (tx: Tx, user: UserView) => Promise<T>,
): Promise<{ user: UserView; extra: T }> {
  await assertAccountUnique({ email: account.email, username: account.username });
  const passwordHash = await hashPassword(account.password);
  return db
    .$transaction(async (tx) => {
      const row = await tx.user.create({
        data: {
          email: account.email,
          username: account.username ?? (await deriveUsername(tx, account.email)),
          fullName: account.fullName,
          passwordHash,
          role: account.role ?? "STUDENT",
          memberLevel: account.memberLevel ?? "BASIC",
          locale: account.locale ?? null,
          activatedAt: account.activated ? new Date() : null,
        },
        select: userSelect,
      });
      await audit({ actorId: trail.actorId ?? row.id, action: trail.action, entity: "User", entityId: row.id, data: { role: row.role }, ip: trail.ip }, tx);
      const user = toUserView(row);
      return { user, extra: await inTransaction(tx, user) };
    })
    .catch(rethrowUniqueClash);
}
