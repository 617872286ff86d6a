import { describe, expect, it } from "vitest";
import { loginNotice } from "@/components/auth/login-notices";

describe("sign-in page notices", () => {
  it("names the known notices by their catalog key", () => {
    expect(loginNotice("password-changed")).toBe("passwordChanged");
    expect(loginNotice("signed-out-everywhere")).toBe("signedOutEverywhere");
  });

  it("finds nothing for names of built-in object properties, repeated keys or unknown keys", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "nope", ""]) expect(loginNotice(key)).toBeUndefined();
    expect(loginNotice(["password-changed", "x"])).toBeUndefined();
    expect(loginNotice(undefined)).toBeUndefined();
  });
});
