// The client's address for rate limits and the audit log. Route handlers cannot see the
// socket, so the server entry (scripts/server.ts) works the address out from the connection
// and hands it over in CLIENT_IP_HEADER, after dropping any copy a client sent.
import { isIP } from "node:net";

export const CLIENT_IP_HEADER = "x-lumen-client-ip";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/** The address the server entry put in the request; "unknown" when the app runs without it. */
export function clientIp(headers: HeaderBag): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return (Array.isArray(value) ? value[0] : value) || "unknown";
}

const MAPPED_IPV4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** "::ffff:10.0.0.1" (an IPv4 peer of a dual-stack socket) is 10.0.0.1. */
const normalise = (address: string) => (address.startsWith("::") && MAPPED_IPV4.exec(address)?.[1]) || address;

const WITH_PORT = /^\[([^\]]+)\](?::\d+)?$|^([\d.]+):\d+$/;

/** An X-Forwarded-For entry as an address ("[::1]:80" and "1.2.3.4:5678" carry ports); null when it is none. */
function addressIn(entry: string): string | null {
  const value = entry.trim();
  if (isIP(value)) return normalise(value);
  const match = WITH_PORT.exec(value);
  const address = match?.[1] ?? match?.[2];
  return address && isIP(address) ? normalise(address) : null;
}

/**
 * The client behind `trustedHops` proxies of our own. Each proxy appends the address it was
 * connected from to X-Forwarded-For, so the entry `trustedHops` from the right was written by
 * the outermost trusted proxy; everything left of it came from the client and is ignored.
 * With 0 hops it is the socket's peer; with fewer entries than hops, the leftmost entry.
 */
export function resolveClientIp(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = remoteAddress ? normalise(remoteAddress) : "unknown";
  if (trustedHops === 0 || !forwardedFor) return socket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",");
  const index = Math.max(0, entries.length - trustedHops);
  // An entry a trusted proxy wrote that is no address means a misconfigured chain: count
  // the request against the proxy rather than against a name the client may have chosen.
  return addressIn(entries[index] ?? "") ?? socket;
}
