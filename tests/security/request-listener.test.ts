// The server entry's request handling over real HTTP, with a handler in Next's place that
// answers with the request headers it was given.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { type ListenerOptions, requestListener } from "../../scripts/lib/request-listener";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(options: Partial<ListenerOptions>) {
  server = createServer(
    requestListener({ trustedHops: 0, appUrl: "http://localhost:3000", dev: false, ...options }, async (req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(req.headers));
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return async (headers: Record<string, string> = {}) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return { headers: response.headers, seen: (await response.json()) as Record<string, string | undefined> };
  };
}

const forged = {
  [CLIENT_IP_HEADER]: "6.6.6.6",
  "x-forwarded-for": "1.1.1.1, 198.51.100.1",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  forwarded: "for=1.1.1.1;host=evil.example",
};

describe("requestListener", () => {
  it("with TRUST_PROXY=0 gives the app the socket's address and drops every forwarded header", async () => {
    const get = await serve({ trustedHops: 0 });
    const { seen } = await get(forged);
    expect(seen[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    for (const name of ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"]) expect(seen[name]).toBeUndefined();
  });

  it("with TRUST_PROXY=1 takes the entry the proxy appended and keeps the forwarded headers", async () => {
    const get = await serve({ trustedHops: 1 });
    const { seen } = await get(forged);
    expect(seen[CLIENT_IP_HEADER]).toBe("198.51.100.1");
    expect(seen["x-forwarded-host"]).toBe("evil.example");
    expect(seen["x-forwarded-for"]).toBe("1.1.1.1, 198.51.100.1");
  });

  it("with TRUST_PROXY=2 takes the second entry from the right", async () => {
    const get = await serve({ trustedHops: 2 });
    expect((await get(forged)).seen[CLIENT_IP_HEADER]).toBe("1.1.1.1");
  });

  it("never passes on a client's own client-IP header", async () => {
    const get = await serve({ trustedHops: 1 });
    expect((await get({ [CLIENT_IP_HEADER]: "6.6.6.6" })).seen[CLIENT_IP_HEADER]).toBe("127.0.0.1");
  });

  it("sets the security headers, without HSTS on http", async () => {
    const { headers } = await (await serve({}))();
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toContain("camera=()");
    expect(headers.get("permissions-policy")).toContain("microphone=()");
    expect(headers.get("permissions-policy")).toContain("geolocation=()");
    const csp = headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("frame-src https://www.youtube-nocookie.com https://player.vimeo.com");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).not.toContain("unsafe-eval");
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("sends HSTS when APP_URL is https, and allows eval only in development", async () => {
    const { headers } = await (await serve({ appUrl: "https://lms.example.com", dev: true }))();
    expect(headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("answers 500 when the handler fails before answering", async () => {
    server = createServer(
      requestListener({ trustedHops: 0, appUrl: "http://localhost:3000", dev: false }, async () => {
        throw new Error("boom");
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("Internal Server Error");
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
