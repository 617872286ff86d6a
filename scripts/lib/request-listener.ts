// What the server entry does to every request before Next sees it. It is on the hot path of
// every request, so all per-run work (the header list, the hop count) is done once.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, resolveClientIp } from "../../lib/security/client-ip";
import { securityHeaders } from "../../lib/security/security-headers";

/** With no trusted proxy these come from the client; Next then derives them from the socket. */
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

export type ListenerOptions = { trustedHops: number; appUrl: string; dev: boolean };

export function requestListener(
  { trustedHops, appUrl, dev }: ListenerOptions,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): RequestListener {
  const responseHeaders = securityHeaders({ appUrl, dev });
  return (req, res) => {
    const headers = req.headers;
    // Assigning replaces any copy the client sent (Node keeps one value per header name).
    headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, headers["x-forwarded-for"], trustedHops);
    if (trustedHops === 0) for (const name of FORWARDED_HEADERS) if (name in headers) delete headers[name];
    for (const [name, value] of responseHeaders) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to handle ${req.method} ${req.url}:`, error);
      if (res.headersSent) res.destroy();
      else {
        res.statusCode = 500;
        res.end("Internal Server Error");
      }
    });
  };
}
