// The enrolments list as CSV for the signed-in admin (the page's "Download CSV" link), with
// the list's filters. API clients use GET /api/v1/enrollments?format=csv.
import { sessionCsv } from "@/lib/api/session-csv";
import { enrollmentsCsv } from "@/lib/enrollments/enrollments-csv";

export const GET = (req: Request) => sessionCsv(req, enrollmentsCsv);
