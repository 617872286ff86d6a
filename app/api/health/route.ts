// Liveness and readiness: 200 while the database answers, 503 (with Retry-After) when it does not.
import { z } from "zod";
import { apiHandler } from "@/lib/api/handle";
import { RETRY_AFTER_SECONDS } from "@/lib/api/error-response";
import { route } from "@/lib/api/route-spec";
import { AppError } from "@/lib/errors";
import { databaseIsUp } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = apiHandler(
  route({
    summary: "Liveness and database readiness",
    tags: ["Health"],
    auth: "none",
    data: z.object({ status: z.literal("ok"), database: z.literal("up") }),
    handler: async () => {
      if (!(await databaseIsUp())) throw new AppError("SERVICE_UNAVAILABLE", { key: "databaseUnavailable" }, { headers: { "Retry-After": RETRY_AFTER_SECONDS } });
      return { message: { key: "ok" }, data: { status: "ok" as const, database: "up" as const } };
    },
  }),
);
