import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "@/lib/i18n/client-text";

describe("fillPlaceholders", () => {
  it("fills named placeholders, numbers in the locale's digits", () => {
    expect(fillPlaceholders("We sent a link to {email}.", "en", { email: "a@b.c" })).toBe("We sent a link to a@b.c.");
    expect(fillPlaceholders("{count} dari {total}", "id", { count: 1500, total: 2000 })).toBe("1.500 dari 2.000");
  });

  it("leaves a message without values, and a placeholder without a value, as written", () => {
    expect(fillPlaceholders("Reference {digest}", "en")).toBe("Reference {digest}");
    expect(fillPlaceholders("{a} and {b}", "en", { a: "x" })).toBe("x and {b}");
  });
});
