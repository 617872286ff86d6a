// Any /api/v1 path without a route answers 404 in the envelope rather than an HTML page.
import { withApi } from "@/lib/api/with-api";
import { AppError } from "@/lib/errors";

const notFound = withApi<{ path: string[] }>(async () => {
  throw new AppError("NOT_FOUND", "No such API endpoint.");
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
