"use server";
// Server actions of the admins' invoice list: thin adapters over lib/invoices.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { markInvoicePaid } from "@/lib/invoices/mark-invoice-paid";

export const markInvoicePaidAction = action(
  async (actor, { userId, invoiceId }: { userId: number; invoiceId: number }, { ip }) => {
    const invoice = await markInvoicePaid(actor, userId, invoiceId, { ip });
    revalidatePath("/admin/invoices");
    return invoice;
  },
  { auth: "required" },
);
