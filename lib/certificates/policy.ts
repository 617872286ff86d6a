// Certificates: a student reads their own, admins read and manage everyone's. Another
// person's certificate (or list) is "not found", never "forbidden". Verification by code is
// public: the code itself is the secret that was handed out.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { AppError, notFound } from "@/lib/errors";

export const certificateNotFound = () => new AppError("NOT_FOUND", { key: "certificateNotFound" });

/** The actor may read the certificates of userId: their own, or anyone's for admins. */
export function assertCanReadCertificatesOf(actor: Actor, userId: number) {
  if (actor.id !== userId && !isAdmin(actor)) throw notFound("User");
}

export function assertCanManageCertificates(actor: Actor) {
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", { key: "adminsOnly" });
}
