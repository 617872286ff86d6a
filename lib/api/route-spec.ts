// What an /api/v1 route declares next to its handler: who may call it and the zod schemas
// of its path, query, body and success data. The wrapper parses all of them before the
// handler runs; the OpenAPI document is generated from the same declarations.
import type { z } from "zod";
import type { AccessClaims } from "@/lib/auth/access-tokens";
import type { Actor, MaybeActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { ApiText, ErrorText } from "@/lib/i18n/server-text";
import type { Pagination } from "@/lib/shared/pagination";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** none: a bearer token is not even read; optional: read when sent (a bad one is 401); required: 401 without. */
export type AuthMode = "none" | "optional" | "required";

/**
 * json (the default, capped at 1 MB), form (application/x-www-form-urlencoded) or multipart
 * (capped at maxBodyBytes), each read and parsed before the handler runs; or multipart-stream,
 * for files too large to hold in memory: the wrapper leaves the body unread, the handler
 * streams it from `req` (lib/storage/staged-upload.ts) and checks its media type and size,
 * and the declared `body` schema only documents it. raw: also left unread, for a handler that
 * needs the exact bytes (a webhook whose signature covers the raw body) and reads them with
 * readBodyCapped; `body` documents it as JSON.
 */
export type BodyType = "json" | "form" | "multipart" | "multipart-stream" | "raw";

type Schema = z.ZodType;
/** Path and query schemas read an object of strings. */
type ObjectSchema = z.ZodType<unknown, Record<string, unknown>>;
type Out<S> = S extends Schema ? z.output<S> : undefined;

export type RouteContext<A extends AuthMode, P, Q, B> = {
  req: Request;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  actor: A extends "required" ? Actor : MaybeActor;
  /** The verified access token, when the request carried one. */
  claims: AccessClaims | null;
  /** The client's address, as the server entry determined it from the connection. */
  ip: string;
  requestId: string;
  /** The answer's language: Indonesian when Accept-Language prefers it, else English. */
  locale: Locale;
};

export type RouteResult<D> = {
  status?: number;
  /** A catalog key, worded in the request's language; literal text (tests) stays as it is. */
  message: ApiText | string;
  data?: D;
  pagination?: Pagination;
  headers?: Record<string, string>;
};

export type RouteSpec<A extends AuthMode = AuthMode, P = unknown, Q = unknown, B = unknown, D extends Schema = Schema> = {
  summary: string;
  description?: string;
  tags: string[];
  auth: A;
  /** A role gate: other signed-in roles get 403. Finer rules stay in the domain. */
  roles?: readonly Role[];
  params?: P;
  query?: Q;
  body?: B;
  bodyType?: BodyType;
  /** Request headers the handler reads itself (a webhook's signature): documentation only. */
  headers?: ObjectSchema;
  maxBodyBytes?: number;
  /** The 413 message when the body passes maxBodyBytes. */
  tooLargeMessage?: ErrorText;
  /** The success status (200 unless said). */
  status?: 200 | 201;
  data: D;
  /** The success answer is a file download described by `data` (the handler returns the
   *  Response), not the JSON envelope; errors still come in the envelope. */
  download?: boolean;
  /** Other media types the success answer may come in besides the JSON envelope (e.g. text/csv,
   *  which the handler returns as a Response), each with a schema describing it. */
  alsoAnswers?: Record<string, z.ZodType>;
  paginated?: boolean;
  /** Anonymous answers are public catalog data: ETag, 304 and a short shared-cache lifetime. */
  publicCache?: boolean;
  /** Error statuses this route may answer besides the ones every route may (400, 401, 403, 413, 415, 429, 500, 503). */
  errors?: number[];
  /** A route whose clients expect another error shape (OAuth2) may answer errors itself. */
  errorResponse?: (error: unknown, locale: Locale) => Promise<Response | null>;
  handler: (ctx: RouteContext<A, P, Q, B>) => Promise<RouteResult<z.input<D>> | Response>;
};

/** The declaration with its types erased, as the wrapper and the OpenAPI generator see it. */
export type AnyRouteSpec = Omit<RouteSpec, "handler" | "params" | "query" | "body"> & {
  params?: ObjectSchema;
  query?: ObjectSchema;
  body?: Schema;
  handler: (ctx: RouteContext<AuthMode, ObjectSchema | undefined, ObjectSchema | undefined, Schema | undefined>) => Promise<RouteResult<unknown> | Response>;
};

/** Declares one method of a route; the generics carry the schemas' types into the handler. */
export const route = <
  A extends AuthMode,
  P extends ObjectSchema | undefined = undefined,
  Q extends ObjectSchema | undefined = undefined,
  B extends Schema | undefined = undefined,
  D extends Schema = Schema,
>(
  spec: RouteSpec<A, P, Q, B, D>,
): AnyRouteSpec => spec as unknown as AnyRouteSpec;
