// Any /api/v1 path without a route answers 404 in the envelope rather than an HTML page. It
// runs through the same wrapper as every route, so it is also the framework's floor in the
// benchmark.
import { apiHandler } from "@/lib/api/handle";
import { route } from "@/lib/api/route-spec";
import { ZNoData } from "@/lib/api/contract-schemas";
import { AppError } from "@/lib/errors";

const notFound = apiHandler(
  route({
    summary: "Unknown endpoint",
    tags: [],
    auth: "none",
    data: ZNoData,
    handler: async () => {
      throw new AppError("NOT_FOUND", { key: "noSuchEndpoint" });
    },
  }),
);

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
