// The one wrapper every /api route handler goes through: request id, actor, error
// mapping to the envelope, and one log line per request. Handlers parse nothing by hand
// and hold no rules: they call the domain layer and shape its answer.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { AccessClaims } from "@/lib/auth/access-tokens";
import type { Actor, MaybeActor } from "@/lib/auth/actor";
import { authenticateBearer } from "@/lib/auth/bearer";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { type ApiResult, errorBody, successBody } from "./envelope";

type RouteContext<P> = { params: Promise<P> };
type RouteHandler<P> = (req: Request, context: RouteContext<P>) => Promise<Response>;

export type ApiContext<P, A extends MaybeActor = MaybeActor> = {
  req: Request;
  params: P;
  actor: A;
  /** The verified access token, when the request carried one. */
  claims: AccessClaims | null;
  requestId: string;
};

const signInRequired = () =>
  new AppError("UNAUTHORIZED", "Authentication required: send Authorization: Bearer <access token>.", { headers: { "WWW-Authenticate": "Bearer" } });

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

/**
 * auth "required": a valid bearer token or 401. Otherwise the actor is null without an
 * Authorization header, and a bad token is still a 401 rather than silently anonymous.
 */
export function withApi<P = Record<string, never>>(handler: (ctx: ApiContext<P, Actor>) => Promise<ApiResult | Response>, opts: { auth: "required" }): RouteHandler<P>;
export function withApi<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<ApiResult | Response>, opts?: { auth?: "optional" }): RouteHandler<P>;
export function withApi<P>(handler: (ctx: ApiContext<P, Actor>) => Promise<ApiResult | Response>, opts: { auth?: "required" | "optional" } = {}): RouteHandler<P> {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    const started = performance.now();
    const incoming = req.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    let response: Response;
    try {
      const bearer = await authenticateBearer(req.headers.get("authorization"));
      if (!bearer && opts.auth === "required") throw signInRequired();
      const result = await handler({ req, params: await context.params, actor: bearer?.actor as Actor, claims: bearer?.claims ?? null, requestId });
      // A handler may answer in another shape (the OAuth2 token endpoint does).
      response =
        result instanceof Response
          ? result
          : Response.json(successBody({ ...result, status: result.status ?? 200 }), { status: result.status ?? 200, headers: result.headers });
    } catch (error) {
      const { status, body, headers } = toErrorResponse(error, requestId);
      response = Response.json(body, { status, headers });
    }
    response.headers.set("x-request-id", requestId);
    response.headers.set("cache-control", "no-store");
    log.info(
      { requestId, method: req.method, path: new URL(req.url).pathname, status: response.status, durationMs: Math.round(performance.now() - started) },
      "api request",
    );
    return response;
  };
}
