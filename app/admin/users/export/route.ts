// The users table as CSV for the signed-in admin (web session): the list's "Download CSV"
// link, with its search, filters and sort. API clients use GET /api/v1/users?format=csv.
import { sessionCsv } from "@/lib/api/session-csv";
import { usersCsv } from "@/lib/users/users-csv";

export const GET = (req: Request) => sessionCsv(req, usersCsv);
