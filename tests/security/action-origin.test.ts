import { describe, expect, it } from "vitest";
import { isForeignServerAction } from "@/lib/security/action-origin";

const APP = "https://lms.example.com";

describe("isForeignServerAction", () => {
  // [what, method, headers, refused]
  const cases: [string, string, Record<string, string>, boolean][] = [
    ["a fetch action from the app's origin", "POST", { "next-action": "7f00", origin: APP }, false],
    ["a fetch action from another origin", "POST", { "next-action": "7f00", origin: "https://evil.example" }, true],
    ["…even when X-Forwarded-Host names that origin", "POST", { "next-action": "7f00", origin: "https://evil.example", "x-forwarded-host": "evil.example" }, true],
    ["the app's host on another scheme", "POST", { "next-action": "7f00", origin: "http://lms.example.com" }, true],
    ["an opaque origin", "POST", { "next-action": "7f00", origin: "null" }, true],
    ["a form posted without JavaScript from another origin", "POST", { "content-type": "multipart/form-data; boundary=x", origin: "https://evil.example" }, true],
    ["a form posted without JavaScript from the app", "POST", { "content-type": "multipart/form-data; boundary=x", origin: APP }, false],
    ["no Origin: no browser, so no one else's cookies", "POST", { "next-action": "7f00" }, false],
    ["a JSON POST is no server action", "POST", { "content-type": "application/json", origin: "https://evil.example" }, false],
    ["a GET is no server action", "GET", { "next-action": "7f00", origin: "https://evil.example" }, false],
  ];

  it.each(cases)("%s", (_what, method, headers, refused) => {
    expect(isForeignServerAction({ method, headers: new Headers(headers) }, APP)).toBe(refused);
  });
});
