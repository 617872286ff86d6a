// Code in lessons is highlighted while rendering on the server, and stays inert text.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/ui/markdown";

const render = (text: string) => renderToStaticMarkup(Markdown({ children: text }));

describe("Markdown code highlighting", () => {
  it("marks up the tokens of a fenced block that names its language", () => {
    const html = render("```python\ndef area(r):\n    return 3.14 * r ** 2  # circle\n```");
    expect(html).toContain('<code class="hljs language-python">');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('<span class="hljs-title function_">area</span>');
    expect(html).toContain('<span class="hljs-number">3.14</span>');
    expect(html).toContain('<span class="hljs-comment"># circle</span>');
  });

  it("knows the usual aliases", () => {
    expect(render("```ts\nconst x: number = 1;\n```")).toContain('<span class="hljs-keyword">const</span>');
    expect(render("```sh\necho hi\n```")).toContain('<span class="hljs-built_in">echo</span>');
  });

  it("leaves unlabelled code and unknown languages plain", () => {
    for (const text of ["```\nconst x = 1;\n```", "```nolanguage\nconst x = 1;\n```"]) {
      const html = render(text);
      expect(html).toContain("const x = 1;");
      expect(html).not.toContain("hljs-");
    }
  });

  it("escapes markup inside code, highlighted or not", () => {
    const html = render('```html\n<script>alert("x")</script>\n```\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<span class="hljs-tag">&lt;<span class="hljs-name">script</span>&gt;</span>');
  });

  it("leaves inline code alone", () => {
    expect(render("Call `print()` here")).toContain("<code>print()</code>");
  });
});
