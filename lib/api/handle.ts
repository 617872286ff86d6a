// The one wrapper every /api route goes through: request id, client address, bearer auth
// and role gate, parsing of path, query and body by the route's declaration, the envelope,
// HTTP caching of public answers, error mapping, and one log line per request. Messages are
// English unless Accept-Language prefers Indonesian; nothing else depends on the language.
import { randomUUID } from "node:crypto";
import { authenticateBearer } from "@/lib/auth/bearer";
import { AppError, type ErrorText, parseInput } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { matchAcceptLanguage } from "@/lib/i18n/resolve-locale";
import { wordingFor } from "@/lib/i18n/server-text";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/client-ip";
import { errorBody, successBody } from "./envelope";
import { errorResponse } from "./error-response";
import { paginationLinks } from "./link-header";
import { etagOf, matchesIfNoneMatch, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./http-cache";
import { MAX_JSON_BODY_BYTES, readBody } from "./request";
import type { AnyRouteSpec } from "./route-spec";

export type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type NextRouteHandler = (req: Request, context: NextRouteContext) => Promise<Response>;

const REQUEST_ID = /^[\w.-]{8,100}$/;
// Answers are checked against their declared schema in development and tests, so a view that
// drifted from its documentation fails a test, at no cost to a production build (the local
// demo and the benchmark included).
const checkAnswers = process.env.NODE_ENV !== "production";

const signInRequired = () => new AppError("UNAUTHORIZED", { key: "bearerRequired" }, { headers: { "WWW-Authenticate": "Bearer" } });
const forbidden = () => new AppError("FORBIDDEN", { key: "forbidden" });

/** The language of an API answer: the contract's English unless the client asks for Indonesian. */
export const answerLocale = (req: Request): Locale => matchAcceptLanguage(req.headers.get("accept-language")) ?? DEFAULT_LOCALE;

export const jsonResponse = (text: string, status: number, headers?: Record<string, string>) =>
  new Response(text, { status, headers: { "content-type": "application/json", ...headers } });

async function answer(spec: AnyRouteSpec, req: Request, url: URL, context: NextRouteContext, requestId: string, locale: Locale): Promise<Response> {
  const bearer = spec.auth === "none" ? null : await authenticateBearer(req.headers.get("authorization"));
  if (!bearer && spec.auth === "required") throw signInRequired();
  if (spec.roles && bearer && !spec.roles.includes(bearer.actor.role)) throw forbidden();
  const params = spec.params ? parseInput(spec.params, await context.params) : undefined;
  const query = spec.query ? parseInput(spec.query, Object.fromEntries(url.searchParams)) : undefined;
  const bodyType = spec.bodyType ?? "json";
  const body = spec.body && bodyType !== "multipart-stream" && bodyType !== "raw"
    ? parseInput(spec.body, await readBody(req, bodyType, spec.maxBodyBytes ?? MAX_JSON_BODY_BYTES, spec.tooLargeMessage))
    : undefined;

  const actor = bearer?.actor ?? null;
  const result = await spec.handler({ req, params, query, body, actor, claims: bearer?.claims ?? null, ip: clientIp(req.headers), requestId, locale });
  if (result instanceof Response) return result;

  const status = result.status ?? spec.status ?? 200;
  if (checkAnswers) assertDeclaredShape(spec, result.data ?? null, result.pagination !== undefined);
  const message = typeof result.message === "string" ? result.message : (await wordingFor(locale)).api(result.message.key, result.message.values);
  const text = JSON.stringify(successBody({ ...result, message, status }));
  const answerHeaders = { ...result.headers, ...(result.pagination ? { link: paginationLinks(url, result.pagination) } : {}) };
  if (!(spec.publicCache && actor === null && req.method === "GET")) {
    return jsonResponse(text, status, { ...answerHeaders, "cache-control": PRIVATE_CACHE_CONTROL });
  }
  const etag = etagOf(text);
  const headers = { ...answerHeaders, etag, "cache-control": PUBLIC_CACHE_CONTROL, vary: "Authorization, Accept-Language" };
  if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return jsonResponse(text, status, headers);
}

function assertDeclaredShape(spec: AnyRouteSpec, data: unknown, paginated: boolean) {
  // The OpenAPI document promises the pagination object and Link header only where declared.
  if (paginated !== Boolean(spec.paginated)) throw new Error(`"${spec.summary}" ${paginated ? "answers" : "does not answer"} a page but is ${paginated ? "not " : ""}declared paginated`);
  const checked = spec.data.safeParse(data);
  // A server bug, not bad input: it must surface as a 500, never as the client's 400.
  if (!checked.success) throw new Error(`The answer of "${spec.summary}" does not match its declared data schema: ${checked.error.message}`);
}

/** Runs a declared route and turns whatever happens into an enveloped answer. */
export function apiHandler(spec: AnyRouteSpec): NextRouteHandler {
  return async (req, context) => {
    const started = performance.now();
    const incoming = req.headers.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const url = new URL(req.url);
    const locale = answerLocale(req);
    let response: Response;
    try {
      response = await answer(spec, req, url, context, requestId, locale);
    } catch (error) {
      response = (await spec.errorResponse?.(error, locale)) ?? (await errorAnswer(error, requestId, locale));
    }
    response.headers.set("x-request-id", requestId);
    log.info({ requestId, method: req.method, path: url.pathname, status: response.status, durationMs: Math.round(performance.now() - started) }, "api request");
    return response;
  };
}

async function errorAnswer(error: unknown, requestId: string, locale: Locale): Promise<Response> {
  const { status, body, headers, unexpected } = await errorResponse(error, locale);
  if (unexpected) log.error({ err: error, requestId }, status === 503 ? "database unavailable" : "unhandled error in API route");
  return jsonResponse(JSON.stringify(body), status, { ...headers, "cache-control": PRIVATE_CACHE_CONTROL });
}

/** An enveloped error answer outside any declared route (unknown paths, unsupported methods). */
export async function errorOnly(req: Request, status: number, text: ErrorText, headers: Record<string, string> = {}): Promise<Response> {
  const message = (await wordingFor(answerLocale(req))).errors(text.key, text.values);
  return jsonResponse(JSON.stringify(errorBody(status, message)), status, { ...headers, "cache-control": PRIVATE_CACHE_CONTROL });
}
