// Invoice list inputs (client-safe).
import { ZPositiveId } from "@/lib/courses/schemas";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { invoiceStatusLabels } from "@/lib/shared/labels";

/** q: part of the virtual account number, the student's name or email, or the course title. */
export const ZInvoiceListQuery = ZPageQuery.extend({
  q: ZSearch,
  status: blankAsMissing(invoiceStatusLabels.schema.optional()),
});

/** The admins' list of every invoice: also by course and student. */
export const ZAdminInvoiceListQuery = ZInvoiceListQuery.extend({
  courseId: blankAsMissing(ZPositiveId().optional()),
  studentId: blankAsMissing(ZPositiveId().optional()),
});
