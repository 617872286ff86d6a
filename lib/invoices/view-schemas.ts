// The invoice as the API shows it, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { invoiceStatusLabels } from "@/lib/shared/labels";

export const ZInvoiceView = z
  .object({
    id: z.number().int(),
    enrollmentId: z.number().int(),
    userId: z.number().int(),
    student: z.object({ id: z.number().int(), fullName: z.string(), email: z.string() }),
    courseId: z.number().int(),
    programId: z.number().int().meta({ description: "The same as courseId, for contract clients" }),
    courseTitle: z.string(),
    courseSlug: z.string(),
    virtualAccountNumber: z.string().regex(/^\d{13,16}$/).meta({ description: "Digits only, behind the bank's prefix" }),
    bank: z.string().meta({ description: "BCA, BNI, BRI or Mandiri" }),
    amountIDR: z.number().int(),
    status: z.enum(invoiceStatusLabels.labels as [string, ...string[]]),
    paymentDueDatetime: ZTimestamp.meta({ description: "23:59:59.999 Asia/Jakarta, three days after the invoice was issued" }),
    paidAt: ZTimestamp.nullable(),
    createdAt: ZTimestamp,
  })
  .meta({ id: "Invoice" });
