import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime, formatDay, formatMonth, formatPercent, formatPrice } from "@/components/format";

// Intl separates a currency from its amount with a no-break space.
const nbsp = "\u00a0";

describe("locale formatting", () => {
  it("formats rupiah the way each language writes it", () => {
    expect(formatPrice(399_000, "id")).toBe(`Rp${nbsp}399.000`);
    expect(formatPrice(399_000, "en")).toBe(`IDR${nbsp}399,000`);
    expect(formatPrice(0, "id")).toBe(`Rp${nbsp}0`);
  });

  it("groups counts by locale", () => {
    expect(formatCount(1204, "id")).toBe("1.204");
    expect(formatCount(1204, "en")).toBe("1,204");
  });

  it("shows dates in the given time zone, in the locale's words", () => {
    // 20:00 UTC on 12 March is already 13 March in Jakarta (UTC+7).
    expect(formatDate("2026-03-12T20:00:00Z", "id", "Asia/Jakarta")).toBe("13 Mar 2026");
    expect(formatDate("2026-03-12T20:00:00Z", "en", "UTC")).toBe("12 Mar 2026");
    expect(formatDate("2026-03-12T20:00:00Z", "en", "Asia/Jakarta")).toBe("13 Mar 2026");
    expect(formatDate("2026-08-17T00:00:00Z", "id", "Asia/Jakarta")).toBe("17 Agu 2026");
  });

  it("shows a moment to the second with its zone", () => {
    expect(formatDateTime("2026-03-12T14:05:09Z", "en", "UTC")).toBe("12 Mar 2026, 14:05:09 UTC");
    expect(formatDateTime("2026-03-12T14:05:09Z", "id", "Asia/Jakarta")).toBe("12 Mar 2026, 21.05.09 WIB");
  });

  it("gives null for a missing or unreadable date", () => {
    expect(formatDate(null, "id", "Asia/Jakarta")).toBeNull();
    expect(formatDate("not a date", "en", "UTC")).toBeNull();
    expect(formatDateTime(undefined, "en", "UTC")).toBeNull();
  });

  it("names a calendar day the same in every time zone, and rounds shares", () => {
    // A week starting on Monday 17 August stays that Monday for Jakarta readers too.
    expect(formatDay("2026-08-17", "id")).toBe("17 Agu");
    expect(formatDay("2026-08-17", "en")).toBe("17 Aug");
    // A month of revenue: its first day, read in UTC, never the month before.
    expect(formatMonth("2026-08", "id")).toBe("Agu 26");
    expect(formatMonth("2026-01", "en")).toBe("Jan 26");
    expect(formatPercent(6 / 11, "en")).toBe("55%");
    expect(formatPercent(2 / 11, "id")).toBe("18%");
  });
});
