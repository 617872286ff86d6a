// Liveness and readiness: 200 while the database answers, 503 when it does not.
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/errors";
import { databaseIsUp } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = withApi(async () => {
  if (!(await databaseIsUp())) throw new AppError("SERVICE_UNAVAILABLE", "Database is unavailable.");
  return { message: "OK", data: { status: "ok", database: "up" } };
});
