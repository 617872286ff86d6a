// Invoice list inputs (client-safe).
import { blankAsMissing, ZPageQuery } from "@/lib/shared/pagination";
import { invoiceStatusLabels } from "@/lib/shared/labels";

export const ZInvoiceListQuery = ZPageQuery.extend({
  status: blankAsMissing(invoiceStatusLabels.schema.optional()),
});
