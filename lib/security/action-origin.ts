// Server actions are POSTs that a browser sends with the site's cookies, so one started by
// another site must not run. Next compares Origin with X-Forwarded-Host or Host, headers a
// client can send itself, and answers a mismatch with a 500. This decides by APP_URL
// instead, so that proxy.ts can refuse with a 403 before Next reads the request.
// A POST without Origin comes from no browser (browsers always send it on POST) and so
// carries no one else's cookies; Next lets it through, and so does this.

type ActionRequest = { method: string; headers: Headers };

/** A server action request: the fetch kind carries Next-Action, a form posted without JavaScript is multipart. */
const isServerActionRequest = ({ method, headers }: ActionRequest) =>
  method === "POST" && (headers.has("next-action") || (headers.get("content-type")?.startsWith("multipart/form-data") ?? false));

export function isForeignServerAction(req: ActionRequest, appOrigin: string): boolean {
  if (!isServerActionRequest(req)) return false;
  const origin = req.headers.get("origin");
  return origin !== null && origin !== appOrigin;
}
