// The certificates list as CSV for the signed-in admin (the page's "Download CSV" link), with
// the list's filters. API clients use GET /api/v1/certificates?format=csv.
import { certificatesCsv } from "@/lib/certificates/certificates-csv";
import { sessionCsv } from "@/lib/api/session-csv";

export const GET = (req: Request) => sessionCsv(req, certificatesCsv);
