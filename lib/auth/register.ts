// Self-service registration: a Student (default) or Teacher account that stays inactive
// until the emailed activation link is used.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { deriveUsername } from "@/lib/users/derive-username";
import { sendActivationMail } from "./account-mails";
import { issueOneTimeToken } from "./one-time-tokens";
import { hashPassword } from "./password";
import { ZRegisterInput } from "./schemas";

export const emailTaken = () => new AppError("CONFLICT", "This email is already registered.", { fieldErrors: [{ field: "email", message: "This email is already registered." }] });
export const usernameTaken = () =>
  new AppError("CONFLICT", "This username is already taken.", { fieldErrors: [{ field: "username", message: "This username is already taken." }] });

/** 409 with a field error when the email or the username belongs to another account. */
export async function assertAccountUnique(opts: { email?: string; username?: string; exceptUserId?: number }) {
  const or = [...(opts.email ? [{ email: opts.email }] : []), ...(opts.username ? [{ username: opts.username }] : [])];
  if (!or.length) return;
  const clash = await db.user.findFirst({ where: { OR: or, NOT: opts.exceptUserId ? { id: opts.exceptUserId } : undefined }, select: { email: true, username: true } });
  if (clash?.email === opts.email) throw emailTaken();
  if (clash) throw usernameTaken();
}

/** Maps a unique-index race that slipped past assertAccountUnique to the same 409. */
export function rethrowUniqueClash(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw String(error.meta?.target ?? error.message).includes("username") ? usernameTaken() : emailTaken();
  }
  throw error;
}

export async function register(input: unknown, ctx: { ip: string }) {
  const data = parseInput(ZRegisterInput, input);
  await assertAccountUnique({ email: data.email, username: data.username });
  const passwordHash = await hashPassword(data.password);

  const { user, token } = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: data.email,
          username: data.username ?? (await deriveUsername(tx, data.email)),
          fullName: data.fullName,
          passwordHash,
          role: data.role ?? "STUDENT",
        },
        select: { id: true, email: true, username: true, fullName: true, role: true },
      });
      await audit({ actorId: user.id, action: "user.register", entity: "User", entityId: user.id, data: { role: user.role }, ip: ctx.ip }, tx);
      return { user, token: await issueOneTimeToken(tx, user.id, "ACTIVATION") };
    })
    .catch(rethrowUniqueClash);

  // The account exists either way; a failed mail is reported so the person can resend it.
  const activationMailSent = await sendActivationMail(user, token).then(
    () => true,
    (error: unknown) => {
      log.error({ err: error, userId: user.id }, "activation mail failed");
      return false;
    },
  );
  return { user, activationMailSent };
}
