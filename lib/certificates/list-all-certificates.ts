// The admins' list of every certificate, filtered by course, student and status (valid or
// revoked), and its CSV export with the same filters and order.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { CertificateWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertCanManageCertificates } from "./policy";
import { ZAdminCertificateListQuery } from "./schemas";
import { adminCertificateSelect, toAdminCertificateView } from "./views";

type Query = ReturnType<typeof ZAdminCertificateListQuery.parse>;

function whereOf(query: Query): CertificateWhereInput {
  return {
    ...(query.courseId ? { courseId: query.courseId } : {}),
    ...(query.studentId ? { userId: query.studentId } : {}),
    ...(query.status ? { revokedAt: query.status === "revoked" ? { not: null } : null } : {}),
    ...(query.q ? { user: { OR: [{ fullName: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] } } : {}),
  };
}

const orderOf = (query: Query) => {
  const direction = query.sort === "oldest" ? "asc" : "desc";
  return [{ issuedAt: direction }, { id: direction }] as const;
};

export async function listAllCertificates(actor: Actor, input: unknown = {}) {
  assertCanManageCertificates(actor);
  const query = parseInput(ZAdminCertificateListQuery, input);
  const where = whereOf(query);
  const [rows, total] = await Promise.all([
    db.certificate.findMany({ where, orderBy: [...orderOf(query)], select: adminCertificateSelect, ...pageWindow(query) }),
    db.certificate.count({ where }),
  ]);
  const { items, pagination } = paginate(rows.map(toAdminCertificateView), total, query);
  return { certificates: items, pagination };
}

/** Every matching certificate, unpaged, for the CSV export. */
export async function allCertificates(actor: Actor, input: unknown = {}) {
  assertCanManageCertificates(actor);
  const query = parseInput(ZAdminCertificateListQuery, input);
  return (await db.certificate.findMany({ where: whereOf(query), orderBy: [...orderOf(query)], select: adminCertificateSelect })).map(toAdminCertificateView);
}
