// The client's address for rate limits and the audit log. Behind a load balancer the first
// X-Forwarded-For entry is the client; deployments must let only their proxy set it.
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || header(headers, "x-real-ip") || "unknown").slice(0, 64);
}
