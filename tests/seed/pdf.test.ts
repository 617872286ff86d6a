import { describe, expect, it } from "vitest";
import { renderPdf } from "@/prisma/seed/pdf";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The byte offsets the cross-reference table lists, one per object. */
function xrefOffsets(pdf: string): number[] {
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
  const [, count] = /^xref\n0 (\d+)\n/.exec(pdf.slice(start)) ?? [];
  const entries = pdf.slice(start).split("\n").slice(3, 2 + Number(count));
  return entries.map((entry) => Number(entry.slice(0, 10)));
}

describe("renderPdf", () => {
  it("writes a PDF whose cross-reference table points at each object", () => {
    const pdf = text(renderPdf({ fileName: "a.pdf", title: "Notes (draft)", sections: [{ heading: "One", lines: ["A line with a \\ backslash"] }] }));
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true);
    const offsets = xrefOffsets(pdf);
    expect(offsets.length).toBeGreaterThanOrEqual(6);
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj\\n`)));
    // Parentheses and backslashes are escaped inside PDF strings.
    expect(pdf).toContain("(Notes \\(draft\\))");
    expect(pdf).toContain("(A line with a \\\\ backslash)");
  });

  it("wraps long lines to the page width and continues on a new page", () => {
    const long = `- ${"word ".repeat(60).trim()}`;
    const pdf = text(renderPdf({ fileName: "b.pdf", title: "Long", sections: [{ heading: "Many", lines: Array.from({ length: 30 }, () => long) }] }));
    const drawn = [...pdf.matchAll(/\((.*)\) Tj/g)].map((match) => match[1] ?? "");
    expect(drawn.filter((line) => line.startsWith("  word")).length).toBeGreaterThan(0);
    expect(Math.max(...drawn.map((line) => line.length))).toBeLessThan(120);
    expect(Number(/\/Count (\d+)/.exec(pdf)?.[1])).toBeGreaterThan(1);
  });

  it("refuses text its built-in font cannot show", () => {
    expect(() => renderPdf({ fileName: "c.pdf", title: "Kopi ☕", sections: [] })).toThrow(/outside printable ASCII/);
  });
});
