"use server";
// Server actions of the invoice pages: thin adapters over lib/invoices and lib/payments.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { requestInvoice } from "@/lib/invoices/request-invoice";
import { simulatePayment } from "@/lib/payments/simulate-payment";

export const requestInvoiceAction = action(
  async (actor, { enrollmentId }: { enrollmentId: number }) => {
    const invoice = await requestInvoice(actor, actor.id, enrollmentId);
    revalidatePath("/dashboard/invoices", "layout");
    return { href: `/dashboard/invoices/${invoice.id}` };
  },
  { auth: "required" },
);

export const simulatePaymentAction = action(
  async (actor, { invoiceId }: { invoiceId: number }) => {
    await simulatePayment(actor, invoiceId);
    revalidatePath("/dashboard/invoices", "layout");
    // Back to the invoice, which now says Paid and leads into the course.
    return { href: `/dashboard/invoices/${invoiceId}` };
  },
  { auth: "required" },
);
