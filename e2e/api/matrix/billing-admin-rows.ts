// The admins' platform-wide lists of enrolments, invoices and certificates, and cancelling an
// invoice: admins only, everyone else signed in is refused (403).
import { makeEnrollment, makeInvoice } from "../../../tests/factories";
import { adminsOnly, type Row } from "./types";

export const billingAdminRows: Row[] = [
  { op: "GET /enrollments", call: () => ({ path: "/api/v1/enrollments" }), expect: adminsOnly(200) },
  { op: "GET /invoices", call: () => ({ path: "/api/v1/invoices" }), expect: adminsOnly(200) },
  { op: "GET /certificates", call: () => ({ path: "/api/v1/certificates" }), expect: adminsOnly(200) },
  {
    op: "POST /users/{userId}/invoices/{invoiceId}/cancel",
    call: async (world, _request, make) => {
      const course = await make.course({ teacherId: world.accounts.teacher.id, priceIDR: 100_000 });
      const enrollment = await makeEnrollment({ studentId: world.accounts.student.id, courseId: course.id, status: "UNPAID" });
      const invoice = await makeInvoice({ enrollmentId: enrollment.id });
      return { path: `/api/v1/users/${world.accounts.student.id}/invoices/${invoice.id}/cancel` };
    },
    expect: adminsOnly(200),
  },
];
