// The OpenAPI 3.1 document, generated from the route declarations by zod-openapi, so the
// documentation cannot drift from what the wrapper actually parses.
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { Declaration } from "./routes";
import { envelopeOf, ZErrorEnvelope } from "./contract-schemas";
import { LINK_HEADER_DESCRIPTION } from "./link-header";

const errorMeanings: Record<number, string> = {
  400: "Invalid input: `errors` lists one entry per field",
  401: "Missing, invalid or expired access token (or wrong credentials)",
  403: "Signed in, but not allowed",
  404: "Not found, or not visible to you",
  409: "Conflicts with existing data",
  413: "Request body too large",
  415: "Unsupported Content-Type",
  429: "Too many attempts; see Retry-After",
  500: "Unexpected error (no details are revealed)",
  503: "Database unavailable; see Retry-After",
};

const mediaTypeOf = { json: "application/json", form: "application/x-www-form-urlencoded", multipart: "multipart/form-data", "multipart-stream": "multipart/form-data", raw: "application/json" } as const;

function operationOf({ path, method, spec }: Declaration): ZodOpenApiOperationObject {
  const errors = new Set([400, 500, 503, ...(spec.errors ?? [])]);
  if (spec.auth !== "none") errors.add(401);
  if (spec.roles || spec.auth === "required") errors.add(403);
  if (spec.body) [413, 415].forEach((status) => errors.add(status));
  if (path.startsWith("/auth/")) errors.add(429);
  const success = spec.status ?? 200;
  return {
    operationId: `${method.toLowerCase()}${path.replace(/\{(\w+)\}/g, "By-$1").replace(/[^a-zA-Z0-9]+(.)?/g, (_, c?: string) => (c ? c.toUpperCase() : ""))}`,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    security: spec.auth === "none" ? [] : spec.auth === "optional" ? [{ bearerAuth: [] }, {}] : [{ bearerAuth: [] }],
    ...(spec.params || spec.query || spec.headers
      ? { requestParams: { ...(spec.params ? { path: spec.params } : {}), ...(spec.query ? { query: spec.query } : {}), ...(spec.headers ? { header: spec.headers } : {}) } }
      : {}),
    ...(spec.body ? { requestBody: { required: true, content: { [mediaTypeOf[spec.bodyType ?? "json"]]: { schema: spec.body } } } } : {}),
    responses: {
      [success]: {
        description: spec.publicCache ? "Success. Anonymous answers carry an ETag and may be cached briefly by shared caches." : "Success",
        ...(spec.paginated ? { headers: { Link: { description: LINK_HEADER_DESCRIPTION, schema: { type: "string" } } } } : {}),
        content: spec.download
          ? { "application/octet-stream": { schema: spec.data } }
          : { "application/json": { schema: envelopeOf(spec.data, { paginated: spec.paginated }) }, ...Object.fromEntries(Object.entries(spec.alsoAnswers ?? {}).map(([type, schema]) => [type, { schema }])) },
      },
      ...(spec.publicCache ? { 304: { description: "Not modified: the If-None-Match ETag is current" } } : {}),
      ...Object.fromEntries(
        [...errors].sort().map((status) => [status, { description: errorMeanings[status] ?? "Error", content: { "application/json": { schema: ZErrorEnvelope } } }]),
      ),
    },
  };
}

export function openApiDocument(declarations: Declaration[], serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const declaration of declarations) {
    paths[declaration.path] = { ...paths[declaration.path], [declaration.method.toLowerCase()]: operationOf(declaration) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Lumen LMS API",
      version: "1.0.0",
      description:
        "Every answer uses the envelope `{ success, statusCode, message, data, pagination?, errors }`. Lists take `page` and `limit` (default 10, at most 100) and answer an RFC 8288 `Link` header with their first, prev, next and last pages. Sign in with `POST /auth/login` (or the OAuth2 password grant on `/auth/token`) and send `Authorization: Bearer <accessToken>`.",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "Access token from /auth/login, /auth/refresh or /auth/token" },
        oauth2: {
          type: "oauth2",
          flows: { password: { tokenUrl: `${serverUrl}/auth/token`, refreshUrl: `${serverUrl}/auth/token`, scopes: {} } },
        },
      },
    },
  });
}
