// The one wrapper every /api route handler goes through: request id, actor, error
// mapping to the envelope, and one log line per request. Handlers parse nothing by hand
// and hold no rules: they call the domain layer and shape its answer.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { MaybeActor } from "@/lib/auth/actor";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { type ApiResult, errorBody, successBody } from "./envelope";

type RouteContext<P> = { params: Promise<P> };

export type ApiContext<P> = { req: Request; params: P; actor: MaybeActor; requestId: string };

function toErrorResponse(error: unknown, requestId: string): { status: number; body: ReturnType<typeof errorBody>; headers: Record<string, string> } {
  if (error instanceof AppError) {
    return { status: error.status, body: errorBody(error.status, error.message, error.fieldErrors), headers: error.headers };
  }
  if (error instanceof z.ZodError) {
    return { status: 400, body: errorBody(400, "Validation failed.", fieldErrorsOf(error)), headers: {} };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return { status: 409, body: errorBody(409, "A record with these values already exists."), headers: {} };
    if (error.code === "P2025") return { status: 404, body: errorBody(404, "Not found."), headers: {} };
  }
  log.error({ err: error, requestId }, "unhandled error in API route");
  return { status: 500, body: errorBody(500, "Internal server error."), headers: {} };
}

const REQUEST_ID = /^[\w.-]{8,100}$/;

export function withApi<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<ApiResult>) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    const started = performance.now();
    const incoming = req.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    let status: number;
    let body: unknown;
    let headers: Record<string, string>;
    try {
      const result = await handler({ req, params: await context.params, actor: null, requestId });
      status = result.status ?? 200;
      body = successBody({ ...result, status });
      headers = result.headers ?? {};
    } catch (error) {
      ({ status, body, headers } = toErrorResponse(error, requestId));
    }
    log.info(
      { requestId, method: req.method, path: new URL(req.url).pathname, status, durationMs: Math.round(performance.now() - started) },
      "api request",
    );
    return Response.json(body, { status, headers: { ...headers, "x-request-id": requestId, "cache-control": "no-store" } });
  };
}
