import { describe, expect, it } from "vitest";
import { loginNotice } from "@/components/auth/login-notices";

describe("sign-in page notices", () => {
  it("shows the known notices", () => {
    expect(loginNotice("password-changed")).toBe("Your password was changed. Sign in with the new one.");
    expect(loginNotice("signed-out-everywhere")).toBe("You have been signed out on every device.");
  });

  it("finds nothing for names of built-in object properties, repeated keys or unknown keys", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "nope", ""]) expect(loginNotice(key)).toBeUndefined();
    expect(loginNotice(["password-changed", "x"])).toBeUndefined();
    expect(loginNotice(undefined)).toBeUndefined();
  });
});
