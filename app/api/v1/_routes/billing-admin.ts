// The admins' platform-wide lists of enrolments, invoices and certificates (JSON, or CSV for
// spreadsheets, with the same filters), and cancelling an invoice.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { certificatesCsv } from "@/lib/certificates/certificates-csv";
import { listAllCertificates } from "@/lib/certificates/list-all-certificates";
import { ZAdminCertificateListQuery } from "@/lib/certificates/schemas";
import { ZAdminCertificateView } from "@/lib/certificates/view-schemas";
import { enrollmentsCsv } from "@/lib/enrollments/enrollments-csv";
import { listAllEnrollments } from "@/lib/enrollments/list-all-enrollments";
import { ZAdminEnrollmentListQuery } from "@/lib/enrollments/schemas";
import { ZAdminEnrollmentView } from "@/lib/enrollments/view-schemas";
import { cancelInvoice } from "@/lib/invoices/cancel-invoice";
import { invoicesCsv } from "@/lib/invoices/invoices-csv";
import { listAllInvoices } from "@/lib/invoices/read-invoices";
import { ZAdminInvoiceListQuery } from "@/lib/invoices/schemas";
import { ZInvoiceView } from "@/lib/invoices/view-schemas";
import { csvResponse, wantsCsv, ZCsvFormat } from "@/lib/shared/csv";

const ADMINS = "Admins only; everyone else gets 403.";
const CSV = "`format=csv` or `Accept: text/csv` exports every matching row as CSV (UTF-8 with a byte-order mark, headers in the request's language).";
const ZCsv = z.string().meta({ description: "Every matching row, one per line, with a header line" });

export const enrollmentsListRoutes = {
  GET: route({
    summary: "List every enrolment (admins)",
    description: `Live and ended enrolments of every student. Filter by \`status\`, \`courseId\`, \`studentId\`, or \`q\` (part of the student's name or email); \`sort\`: \`newest\` (default), \`oldest\`, \`progress\`, \`progress-asc\`. Paginated. ${CSV} ${ADMINS}`,
    tags: ["Enrollments"],
    auth: "required",
    roles: ADMIN_ROLES,
    query: ZAdminEnrollmentListQuery.extend({ format: ZCsvFormat }),
    data: z.object({ enrollments: z.array(ZAdminEnrollmentView) }),
    alsoAnswers: { "text/csv": ZCsv },
    paginated: true,
    handler: async ({ actor, query, req, locale }) => {
      const { format, ...filters } = query;
      if (wantsCsv(req, format)) return csvResponse(await enrollmentsCsv(actor, filters, locale));
      const { enrollments, pagination } = await listAllEnrollments(actor, filters);
      return { message: { key: "enrollmentsListed" }, data: { enrollments }, pagination };
    },
  }),
};

export const invoicesListRoutes = {
  GET: route({
    summary: "List every invoice (admins)",
    description: `Newest first. Filter by \`status\` (Pending, Paid, Expired, Cancelled), \`courseId\`, \`studentId\`, or \`q\` (part of the virtual account number, the student's name or email, or the course title). Pending invoices past due are expired before they are read. Paginated. ${CSV} ${ADMINS}`,
    tags: ["Invoices"],
    auth: "required",
    roles: ADMIN_ROLES,
    query: ZAdminInvoiceListQuery.extend({ format: ZCsvFormat }),
    data: z.object({ invoices: z.array(ZInvoiceView) }),
    alsoAnswers: { "text/csv": ZCsv },
    paginated: true,
    handler: async ({ actor, query, req, locale }) => {
      const { format, ...filters } = query;
      if (wantsCsv(req, format)) return csvResponse(await invoicesCsv(actor, filters, locale));
      const { invoices, pagination } = await listAllInvoices(actor, filters);
      return { message: { key: "invoicesListed" }, data: { invoices }, pagination };
    },
  }),
};

export const certificatesListRoutes = {
  GET: route({
    summary: "List every certificate (admins)",
    description: `Filter by \`courseId\`, \`studentId\`, \`q\` (part of the student's name or email) and \`status\` (\`valid\` or \`revoked\`); \`sort\`: \`newest\` (default) or \`oldest\` issued. Paginated. ${CSV} ${ADMINS}`,
    tags: ["Certificates"],
    auth: "required",
    roles: ADMIN_ROLES,
    query: ZAdminCertificateListQuery.extend({ format: ZCsvFormat }),
    data: z.object({ certificates: z.array(ZAdminCertificateView) }),
    alsoAnswers: { "text/csv": ZCsv },
    paginated: true,
    handler: async ({ actor, query, req, locale }) => {
      const { format, ...filters } = query;
      if (wantsCsv(req, format)) return csvResponse(await certificatesCsv(actor, filters, locale));
      const { certificates, pagination } = await listAllCertificates(actor, filters);
      return { message: { key: "certificatesListed" }, data: { certificates }, pagination };
    },
  }),
};

export const invoiceCancelRoutes = {
  POST: route({
    summary: "Cancel a pending invoice (admins)",
    description: `The invoice can no longer be paid; the enrolment stays Unpaid and the student may request a new invoice. A paid, expired or cancelled invoice is 409 (so is a pending one past its due date, which expires). Audited. ${ADMINS}`,
    tags: ["Invoices"],
    auth: "required",
    roles: ADMIN_ROLES,
    params: z.object({ userId: ZPathId("userId"), invoiceId: ZPathId("invoiceId") }),
    data: z.object({ invoice: ZInvoiceView }),
    errors: [404, 409],
    handler: async ({ actor, params, ip }) => ({ message: { key: "invoiceCancelled" }, data: { invoice: await cancelInvoice(actor, params.userId, params.invoiceId, { ip }) } }),
  }),
};
