import { describe, expect, it } from "vitest";
import { matchAcceptLanguage, resolveLocale } from "@/lib/i18n/resolve-locale";

describe("resolveLocale", () => {
  it("prefers the cookie (the switch's choice, or the saved preference copied at sign-in) over the browser", () => {
    expect(resolveLocale({ cookie: "id", acceptLanguage: "en-US,en;q=0.9" })).toBe("id");
    expect(resolveLocale({ cookie: "en", acceptLanguage: "id-ID" })).toBe("en");
  });

  it("uses Accept-Language when there is no usable cookie", () => {
    expect(resolveLocale({ cookie: "xx", acceptLanguage: "id-ID,id;q=0.9" })).toBe("id");
    expect(resolveLocale({ acceptLanguage: "en-GB" })).toBe("en");
  });

  it("falls back to English", () => {
    expect(resolveLocale({})).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR,de;q=0.8" })).toBe("en");
  });
});

describe("matchAcceptLanguage", () => {
  it("picks the best quality of our languages, then the first listed", () => {
    expect(matchAcceptLanguage("fr-FR,en;q=0.5,id;q=0.8")).toBe("id");
    expect(matchAcceptLanguage("en;q=0.8,id;q=0.8")).toBe("en");
    expect(matchAcceptLanguage("ID")).toBe("id");
  });

  it("ignores languages refused with q=0 and unreadable headers", () => {
    expect(matchAcceptLanguage("id;q=0,en;q=0.1")).toBe("en");
    expect(matchAcceptLanguage("id;q=0")).toBeNull();
    expect(matchAcceptLanguage("")).toBeNull();
    expect(matchAcceptLanguage(";;,")).toBeNull();
  });
});
