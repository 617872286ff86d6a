import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, resolveClientIp } from "@/lib/security/client-ip";

describe("resolveClientIp", () => {
  // [what, socket address, X-Forwarded-For, trusted hops, expected client]
  const cases: [string, string | undefined, string | string[] | undefined, number, string][] = [
    ["no proxy: the socket, whatever XFF says", "203.0.113.9", "198.51.100.1", 0, "203.0.113.9"],
    ["no proxy, no XFF", "203.0.113.9", undefined, 0, "203.0.113.9"],
    ["an IPv4 peer of a dual-stack socket", "::ffff:203.0.113.9", undefined, 0, "203.0.113.9"],
    ["upper-case mapped prefix", "::FFFF:203.0.113.9", undefined, 0, "203.0.113.9"],
    ["a real IPv6 peer stays as it is", "2001:db8::7", undefined, 0, "2001:db8::7"],
    ["::ffff: followed by no IPv4 address stays", "::ffff:abcd", undefined, 0, "::ffff:abcd"],
    ["no socket address", undefined, undefined, 0, "unknown"],
    ["one proxy: the entry it appended", "10.0.0.2", "198.51.100.1", 1, "198.51.100.1"],
    ["one proxy: a client-sent entry to the left is ignored", "10.0.0.2", "1.1.1.1, 198.51.100.1", 1, "198.51.100.1"],
    ["one proxy, entries without spaces", "10.0.0.2", "1.1.1.1,198.51.100.1", 1, "198.51.100.1"],
    ["one proxy, repeated headers", "10.0.0.2", ["1.1.1.1", "198.51.100.1"], 1, "198.51.100.1"],
    ["two proxies: second entry from the right", "10.0.0.3", "1.1.1.1, 198.51.100.1, 10.0.0.2", 2, "198.51.100.1"],
    ["fewer entries than hops: the leftmost", "10.0.0.3", "198.51.100.1", 3, "198.51.100.1"],
    ["a proxy but no XFF: the socket", "10.0.0.2", undefined, 1, "10.0.0.2"],
    ["entry with a port", "10.0.0.2", "198.51.100.1:50123", 1, "198.51.100.1"],
    ["bracketed IPv6 with a port", "10.0.0.2", "[2001:db8::1]:443", 1, "2001:db8::1"],
    ["bare IPv6 entry", "10.0.0.2", "2001:db8::1", 1, "2001:db8::1"],
    ["mapped IPv4 entry", "10.0.0.2", "::ffff:198.51.100.1", 1, "198.51.100.1"],
    ["an entry that is no address counts against the proxy", "10.0.0.2", "1.1.1.1, evil", 1, "10.0.0.2"],
    ["an empty entry counts against the proxy", "10.0.0.2", "1.1.1.1, ", 1, "10.0.0.2"],
  ];

  it.each(cases)("%s", (_what, socket, forwardedFor, hops, expected) => {
    expect(resolveClientIp(socket, forwardedFor, hops)).toBe(expected);
  });
});

describe("clientIp", () => {
  it("reads only the header the server entry sets", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" }))).toBe("203.0.113.9");
    expect(clientIp({ [CLIENT_IP_HEADER]: "203.0.113.9", "x-real-ip": "1.1.1.1" })).toBe("203.0.113.9");
    expect(clientIp({ [CLIENT_IP_HEADER]: ["203.0.113.9"] })).toBe("203.0.113.9");
  });

  it('is "unknown" without it, even when forwarded headers are present', () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" }))).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });
});
