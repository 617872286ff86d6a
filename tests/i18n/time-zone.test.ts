import { describe, expect, it } from "vitest";
import { canonicalTimeZone, resolveTimeZone } from "@/i18n/time-zone";

describe("resolveTimeZone", () => {
  it("uses the browser's zone from the cookie, whatever the locale", () => {
    expect(resolveTimeZone("Europe/Berlin", "en")).toBe("Europe/Berlin");
    expect(resolveTimeZone("Asia/Makassar", "id")).toBe("Asia/Makassar");
    // ICU spells some zones by their older name ("America/Buenos_Aires"): the same zone.
    expect(resolveTimeZone("America/Argentina/Buenos_Aires", "id")).toMatch(/\/Buenos_Aires$/);
    expect(resolveTimeZone("UTC", "id")).toBe("UTC");
  });

  it("falls back to Jakarta for Indonesian and UTC otherwise when there is no cookie", () => {
    expect(resolveTimeZone(undefined, "id")).toBe("Asia/Jakarta");
    expect(resolveTimeZone(null, "en")).toBe("UTC");
    expect(resolveTimeZone("", "en")).toBe("UTC");
  });

  it("ignores values that are not a known zone name", () => {
    for (const value of ["Mars/Olympus_Mons", "+07:00", "GMT+7", "Asia/Jakarta; Path=/", "../etc/passwd", "Asia//Jakarta", `Asia/${"x".repeat(80)}`, "<script>"]) {
      expect(resolveTimeZone(value, "id"), value).toBe("Asia/Jakarta");
      expect(resolveTimeZone(value, "en"), value).toBe("UTC");
    }
  });
});

describe("canonicalTimeZone", () => {
  it("spells a zone as Intl does, so one zone is one formatter", () => {
    expect(canonicalTimeZone("asia/jakarta")).toBe("Asia/Jakarta");
    expect(canonicalTimeZone("Asia/Jakarta")).toBe("Asia/Jakarta");
  });
});
