// A route file's exports from its declarations: the declared methods run through the
// wrapper, every other method answers 405 in the envelope with an Allow header, and each
// handler carries its declaration so the OpenAPI document can be built from the same source.
//
//   export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}", { GET: route({...}) });
import { apiHandler, errorOnly, type NextRouteHandler } from "./handle";
import { type AnyRouteSpec, HTTP_METHODS, type HttpMethod } from "./route-spec";

export type Declaration = { path: string; method: HttpMethod; spec: AnyRouteSpec };
export type DeclaredHandler = NextRouteHandler & { declaration?: Declaration };
type RouteExports = Record<HttpMethod | "OPTIONS", DeclaredHandler>;

/** path: the OpenAPI path below /api/v1, with {name} for each dynamic segment. */
export function defineRoutes(path: string, specs: Partial<Record<HttpMethod, AnyRouteSpec>>): RouteExports {
  const declared = HTTP_METHODS.filter((method) => specs[method]);
  // HEAD follows GET (Next answers it from the GET handler); OPTIONS is always allowed.
  const allow = [...declared, ...(declared.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const notAllowed: NextRouteHandler = (req) => errorOnly(req, 405, { key: "methodNotAllowed", values: { method: req.method, allow } }, { Allow: allow });
  const handlers = HTTP_METHODS.map((method) => {
    const spec = specs[method];
    return [method, spec ? Object.assign(apiHandler(spec), { declaration: { path, method, spec } }) : notAllowed] as const;
  });
  const options: NextRouteHandler = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  return { ...(Object.fromEntries(handlers) as Record<HttpMethod, DeclaredHandler>), OPTIONS: options };
}
