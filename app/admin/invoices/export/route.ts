// The invoices list as CSV for the signed-in admin (the page's "Download CSV" link), with the
// list's filters. API clients use GET /api/v1/invoices?format=csv.
import { sessionCsv } from "@/lib/api/session-csv";
import { invoicesCsv } from "@/lib/invoices/invoices-csv";

export const GET = (req: Request) => sessionCsv(req, invoicesCsv);
