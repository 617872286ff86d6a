import { describe, expect, it } from "vitest";
import { readingMinutes } from "@/lib/contents/reading-time";

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

describe("readingMinutes", () => {
  it("is at least one minute, even for nothing", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("# Title\n\nShort.")).toBe(1);
  });

  it("reads prose at about 200 words a minute", () => {
    expect(readingMinutes(words(400))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
    expect(readingMinutes(words(1100))).toBe(6);
  });

  it("ignores markup, link targets and image addresses", () => {
    const linked = Array.from({ length: 200 }, (_, i) => `[w${i}](https://example.com/a/very/long/path/${i}) ![](https://img.example/${i}.png)`).join(" ");
    expect(readingMinutes(linked)).toBe(1);
    expect(readingMinutes(`${"## - ** > | --- ".repeat(500)}`)).toBe(1);
  });

  it("counts fenced code by its lines, not its symbols, and not the fences", () => {
    const code = ["```ts", ...Array.from({ length: 30 }, (_, i) => `const x${i} = [1, 2, 3].map((n) => n * ${i});`), "```"].join("\n");
    // 30 lines × 20 words a line = 600 words: 3 minutes.
    expect(readingMinutes(code)).toBe(3);
    expect(readingMinutes(`${words(400)}\n\n${code}\n\n${words(200)}`)).toBe(6);
    const blankLines = ["~~~", "", "x = 1", "", "~~~"].join("\n");
    expect(readingMinutes(blankLines)).toBe(1);
  });

  it("treats an unclosed fence as code to the end", () => {
    const unclosed = ["```", ...Array.from({ length: 40 }, (_, i) => `line ${i}`)].join("\n");
    expect(readingMinutes(unclosed)).toBe(4);
  });
});
