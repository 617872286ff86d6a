import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/shared/safe-redirect";

// Tests run with APP_URL unset, so the app's origin is http://localhost:3000.
describe("safeReturnPath", () => {
  it.each([
    ["/courses", "/courses"],
    ["/courses?q=web&page=2#top", "/courses?q=web&page=2#top"],
    ["/settings/../dashboard", "/dashboard"],
    ["/a b", "/a%20b"],
    ["/kursus/ü", "/kursus/%C3%BC"],
    ["/café?q=ñ#ß", "/caf%C3%A9?q=%C3%B1#%C3%9F"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["http://localhost:3000/teach?x=1", "/teach?x=1"],
    ["HTTP://LOCALHOST:3000/admin", "/admin"],
    ["/x\n/y", "/x/y"],
    // Still encoded, so a path segment rather than a stripped tab or a second slash.
    ["/%09/evil.example", "/%09/evil.example"],
    ["/%2F/evil.example", "/%2F/evil.example"],
    // Fullwidth slashes are ordinary path characters to the parser.
    ["/\uFF0F\uFF0Fevil.example", "/%EF%BC%8F%EF%BC%8Fevil.example"],
    // Same scheme, no slashes: a relative path on this origin.
    ["http:evil.example", "/evil.example"],
  ])("keeps the same-origin %j as %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "/./\\evil.example",
    "/.//evil.example",
    "/%2e//evil.example",
    "/..//evil.example",
    "https://evil.example/",
    "http://localhost:3001/",
    "https://localhost:3000/",
    "http://localhost:3000@evil.example/",
    "//localhost:3000@evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//ｅｖｉｌ.example",
    "https:evil.example",
    "http://[::1",
    "",
  ])("refuses %j", (input) => {
    expect(safeReturnPath(input)).toBe("/dashboard");
  });

  it("falls back for anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/courses"], { href: "/courses" }]) expect(safeReturnPath(value, "/home")).toBe("/home");
  });
});
