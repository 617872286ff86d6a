// The callback's answer, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";

export const ZPaidInvoice = z.object({ id: z.number().int(), status: z.literal("Paid"), paidAt: ZTimestamp }).meta({ id: "PaidInvoice" });
