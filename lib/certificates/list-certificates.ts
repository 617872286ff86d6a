import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound, parseInput } from "@/lib/errors";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertCanReadCertificatesOf } from "./policy";
import { ZCertificateListQuery } from "./schemas";
import { certificateSelect, toCertificateView } from "./views";

/** A user's certificates, newest first unless told otherwise (revoked ones included, marked). */
export async function listCertificates(actor: Actor, userId: number, input: Record<string, unknown> = {}) {
  assertCanReadCertificatesOf(actor, userId);
  const query = parseInput(ZCertificateListQuery, input);
  if (actor.id !== userId && !(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound("User");
  const direction = query.sort === "oldest" ? "asc" : "desc";
  const where = { userId };
  const [rows, total] = await Promise.all([
    db.certificate.findMany({ where, orderBy: [{ issuedAt: direction }, { id: direction }], select: certificateSelect, ...pageWindow(query) }),
    db.certificate.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toCertificateView), total, query);
  return { certificates: items, pagination };
}
