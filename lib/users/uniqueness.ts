// Email and username belong to one account each: 409 with a field error otherwise.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

const emailTaken = () => new AppError("CONFLICT", { key: "emailTaken" }, { fieldErrors: [{ field: "email", message: { key: "emailTaken" } }] });
const usernameTaken = () =>
  new AppError("CONFLICT", { key: "usernameTaken" }, { fieldErrors: [{ field: "username", message: { key: "usernameTaken" } }] });

export async function assertAccountUnique(opts: { email?: string; username?: string; exceptUserId?: number }) {
  const or = [...(opts.email ? [{ email: opts.email }] : []), ...(opts.username ? [{ username: opts.username }] : [])];
  if (!or.length) return;
  const clash = await db.user.findFirst({ where: { OR: or, NOT: opts.exceptUserId ? { id: opts.exceptUserId } : undefined }, select: { email: true } });
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
