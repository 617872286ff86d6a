// Reading invoices: a student's own (or any, for admins), and the admins' list of all.
// Overdue pending invoices are expired before they are read, so no page or client ever
// sees a stale "Pending" that a missed job run left behind.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { InvoiceWhereInput } from "@/lib/generated/prisma/models";
import { pageWindow, paginate } from "@/lib/shared/pagination";
import { assertAdmin, assertCanManageUser } from "@/lib/users/policy";
import { expireOverdueInvoices } from "./expire-invoices";
import { invoiceNotFound } from "./policy";
import { ZAdminInvoiceListQuery, ZInvoiceListQuery } from "./schemas";
import { invoiceSelect, toInvoiceView } from "./views";

type Filters = ReturnType<typeof ZAdminInvoiceListQuery.parse>;
const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** `where` narrowed by the query's search and filters, after expiring what is overdue among it. */
async function filtered(where: InvoiceWhereInput, query: Partial<Filters>): Promise<InvoiceWhereInput> {
  await expireOverdueInvoices(where);
  const search: InvoiceWhereInput = query.q
    ? {
        OR: [
          { virtualAccountNumber: { contains: query.q } },
          { enrollment: { student: { email: { contains: query.q, mode: "insensitive" } } } },
          { enrollment: { student: { fullName: { contains: query.q, mode: "insensitive" } } } },
          { enrollment: { course: { title: { contains: query.q, mode: "insensitive" } } } },
        ],
      }
    : {};
  const enrollment = { ...(query.courseId ? { courseId: query.courseId } : {}), ...(query.studentId ? { studentId: query.studentId } : {}) };
  return {
    AND: [where, search, query.status ? { status: query.status } : {}, Object.keys(enrollment).length ? { enrollment } : {}],
  };
}

async function listWhere(where: InvoiceWhereInput, query: Filters | ReturnType<typeof ZInvoiceListQuery.parse>) {
  const scoped = await filtered(where, query);
  const [rows, total] = await Promise.all([
    db.invoice.findMany({ where: scoped, select: invoiceSelect, orderBy: newestFirst, ...pageWindow(query) }),
    db.invoice.count({ where: scoped }),
  ]);
  const { items, pagination } = paginate(rows.map(toInvoiceView), total, query);
  return { invoices: items, pagination };
}

/** A student's invoices, newest first, optionally of one status. */
export async function listInvoices(actor: Actor, userId: number, input: unknown = {}) {
  assertCanManageUser(actor, userId);
  return listWhere({ enrollment: { studentId: userId } }, parseInput(ZInvoiceListQuery, input));
}

/** Every invoice on the platform, for the admins' console: by status, course, student or search. */
export async function listAllInvoices(actor: Actor, input: unknown = {}) {
  assertAdmin(actor);
  return listWhere({}, parseInput(ZAdminInvoiceListQuery, input));
}

/** Every matching invoice, unpaged, for the CSV export. */
export async function allInvoices(actor: Actor, input: unknown = {}) {
  assertAdmin(actor);
  const where = await filtered({}, parseInput(ZAdminInvoiceListQuery, input));
  return (await db.invoice.findMany({ where, select: invoiceSelect, orderBy: newestFirst })).map(toInvoiceView);
}

export async function getInvoice(actor: Actor, userId: number, invoiceId: number) {
  assertCanManageUser(actor, userId);
  const where = { id: invoiceId, enrollment: { studentId: userId } };
  await expireOverdueInvoices(where);
  const row = await db.invoice.findFirst({ where, select: invoiceSelect });
  if (!row) throw invoiceNotFound();
  return toInvoiceView(row);
}
