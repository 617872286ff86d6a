// The forms' resolver that loads zod on first use gives react-hook-form the same answers as
// the schema: field errors for bad input, the parsed values for good input.
import { describe, expect, it } from "vitest";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

const resolver = lazyZodResolver(() => import("@/lib/auth/schemas").then((schemas) => schemas.ZEmailInput));
const options = { fields: {}, shouldUseNativeValidation: false };

describe("lazyZodResolver", () => {
  it("reports the schema's field error for bad input", async () => {
    const result = await resolver({ email: "not an address" }, undefined, options);
    expect(result.values).toEqual({});
    expect(Object.keys(result.errors)).toEqual(["email"]);
    expect(result.errors.email?.type).toBe("invalid_format");
  });

  it("passes the parsed values on for good input", async () => {
    const result = await resolver({ email: "Ada@Example.test" }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ email: "ada@example.test" });
  });
});
