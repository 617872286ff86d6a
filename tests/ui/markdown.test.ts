// Markdown headings nest under the section that shows the text, whatever levels the author chose.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";

const headingsOf = (text: string, headingBase?: 2 | 3) =>
  [...renderToStaticMarkup(Markdown({ headingBase, children: text })).matchAll(/<(h\d)>([^<]*)</g)].map(([, tag, title]) => `${tag} ${title}`);

describe("Markdown headings", () => {
  it("turns a description that starts at ## into h3 under a section's h2", () => {
    expect(headingsOf("## What you learn\n\ntext\n\n### Week one", 3)).toEqual(["h3 What you learn", "h4 Week one"]);
  });

  it("closes gaps the author left between levels", () => {
    expect(headingsOf("# Intro\n\n### Details\n\n> ##### Aside", 3)).toEqual(["h3 Intro", "h4 Details", "h5 Aside"]);
  });

  it("starts at h2 under a page title", () => {
    expect(headingsOf("### Only level", 2)).toEqual(["h2 Only level"]);
  });

  it("never goes past h6", () => {
    expect(headingsOf("# a\n\n## b\n\n### c\n\n#### d\n\n##### e", 3)).toEqual(["h3 a", "h4 b", "h5 c", "h6 d", "h6 e"]);
  });
});

describe("rendered markdown kept between requests", () => {
  it("gives the same text the same markup again, and keeps the heading levels apart", () => {
    const text = "## Joins\n\n```sql\nSELECT 1;\n```";
    const first = renderToStaticMarkup(Markdown({ headingBase: 2, children: text }));
    expect(renderToStaticMarkup(Markdown({ headingBase: 2, children: text }))).toBe(first);
    expect(headingsOf(text, 2)).toEqual(["h2 Joins"]);
    expect(headingsOf(text, 3)).toEqual(["h3 Joins"]);
  });
});
