// Invoice list inputs (client-safe).
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { invoiceStatusLabels } from "@/lib/shared/labels";

/** q: part of the virtual account number, the student's email or the course title. */
export const ZInvoiceListQuery = ZPageQuery.extend({
  q: ZSearch,
  status: blankAsMissing(invoiceStatusLabels.schema.optional()),
});
