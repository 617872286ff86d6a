import { describe, expect, it } from "vitest";
import { matchAcceptLanguage, resolveLocale } from "@/lib/i18n/resolve-locale";

describe("resolveLocale", () => {
  it("prefers the saved preference over the cookie and the browser", () => {
    expect(resolveLocale({ saved: "id", cookie: "en", acceptLanguage: "en-US" })).toBe("id");
    expect(resolveLocale({ saved: "en", cookie: "id", acceptLanguage: "id-ID" })).toBe("en");
  });

  it("uses the cookie when nothing is saved", () => {
    expect(resolveLocale({ saved: null, cookie: "id", acceptLanguage: "en-US,en;q=0.9" })).toBe("id");
  });

  it("uses Accept-Language when there is no usable preference or cookie", () => {
    expect(resolveLocale({ saved: "fr", cookie: "xx", acceptLanguage: "id-ID,id;q=0.9" })).toBe("id");
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
