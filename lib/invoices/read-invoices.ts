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
import { ZInvoiceListQuery } from "./schemas";
import { invoiceSelect, toInvoiceView } from "./views";

async function listWhere(where: InvoiceWhereInput, input: unknown) {
  const query = parseInput(ZInvoiceListQuery, input);
  await expireOverdueInvoices(where);
  const search: InvoiceWhereInput = query.q
    ? {
        OR: [
          { virtualAccountNumber: { contains: query.q } },
          { enrollment: { student: { email: { contains: query.q, mode: "insensitive" } } } },
          { enrollment: { course: { title: { contains: query.q, mode: "insensitive" } } } },
        ],
      }
    : {};
  const scoped: InvoiceWhereInput = { ...where, ...search, ...(query.status ? { status: query.status } : {}) };
  const [rows, total] = await Promise.all([
    db.invoice.findMany({ where: scoped, select: invoiceSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    db.invoice.count({ where: scoped }),
  ]);
  const { items, pagination } = paginate(rows.map(toInvoiceView), total, query);
  return { invoices: items, pagination, query };
}

/** A student's invoices, newest first, optionally of one status. */
export async function listInvoices(actor: Actor, userId: number, input: unknown = {}) {
  assertCanManageUser(actor, userId);
  return listWhere({ enrollment: { studentId: userId } }, input);
}

/** Every invoice on the platform, for the admins' console. */
export async function listAllInvoices(actor: Actor, input: unknown = {}) {
  assertAdmin(actor);
  return listWhere({}, input);
}

export async function getInvoice(actor: Actor, userId: number, invoiceId: number) {
  assertCanManageUser(actor, userId);
  const where = { id: invoiceId, enrollment: { studentId: userId } };
  await expireOverdueInvoices(where);
  const row = await db.invoice.findFirst({ where, select: invoiceSelect });
  if (!row) throw invoiceNotFound();
  return toInvoiceView(row);
}
