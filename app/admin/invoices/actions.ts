"use server";
// Server actions of the admins' invoice list: thin adapters over lib/invoices.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { cancelInvoice } from "@/lib/invoices/cancel-invoice";
import { markInvoicePaid } from "@/lib/invoices/mark-invoice-paid";

type InvoiceRef = { userId: number; invoiceId: number };

export const markInvoicePaidAction = action(
  async (actor, { userId, invoiceId }: InvoiceRef, { ip }) => {
    const invoice = await markInvoicePaid(actor, userId, invoiceId, { ip });
    revalidatePath("/admin/invoices");
    return invoice;
  },
  { auth: "required" },
);

export const cancelInvoiceAction = action(
  async (actor, { userId, invoiceId }: InvoiceRef, { ip }) => {
    const invoice = await cancelInvoice(actor, userId, invoiceId, { ip });
    revalidatePath("/admin/invoices");
    return invoice;
  },
  { auth: "required" },
);
