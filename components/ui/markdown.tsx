// Renders user-written markdown safely: no rehype-raw, so raw HTML is never rendered, and
// react-markdown's default URL filter drops javascript: and other unsafe links. Fenced code
// that names its language ("```python") is highlighted while rendering, by highlight.js's
// common grammars through rehype-highlight: on server-rendered pages that costs no JavaScript
// in the browser; the editor's preview loads it with this component, lazily. The colours are
// in code-highlight.css.
import "./code-highlight.css";
import type { ComponentProps, ReactElement } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";

type Node = { type: string; depth?: number; children?: Node[] };

function collectHeadings(node: Node, found: Node[] = []): Node[] {
  if (node.type === "heading") found.push(node);
  for (const child of node.children ?? []) collectHeadings(child, found);
  return found;
}

/**
 * Authors pick heading levels freely ("##" first, "#" then "###"); the page must not skip a
 * level under its own heading. The text's levels, in order, become `base`, `base + 1`, ...
 */
function nestHeadingsUnder(base: 2 | 3) {
  return () => (tree: Node) => {
    const headings = collectHeadings(tree);
    const levels = [...new Set(headings.map((heading) => heading.depth ?? 1))].sort((a, b) => a - b);
    for (const heading of headings) heading.depth = Math.min(6, base + levels.indexOf(heading.depth ?? 1));
  };
}

/** react-markdown passes its syntax-tree node to components; it must not reach the DOM. */
function domProps<T extends { node?: unknown }>(props: T): Omit<T, "node"> {
  const rest = { ...props };
  delete rest.node;
  return rest;
}

const isExternal = (href?: string) => !!href && /^https?:\/\//i.test(href);

function Anchor({ href, ...props }: ComponentProps<"a"> & { node?: unknown }) {
  // Authors' links to other sites pass no referrer and no ranking credit.
  return <a href={href} {...(isExternal(href) ? { rel: "noopener noreferrer nofollow" } : {})} {...domProps(props)} />;
}

function Image({ alt, ...props }: ComponentProps<"img"> & { node?: unknown }) {
  // eslint-disable-next-line @next/next/no-img-element -- authors' images come from any host
  return <img alt={alt ?? ""} loading="lazy" decoding="async" {...domProps(props)} />;
}

const components: Components = { a: Anchor, img: Image };
// Unlabelled code stays plain: guessing a language costs a pass of every grammar and often guesses wrong.
const rehypePlugins = [[rehypeHighlight, { detect: false }]] as const satisfies ComponentProps<typeof ReactMarkdown>["rehypePlugins"];
const byBase = { 2: [remarkGfm, nestHeadingsUnder(2)], 3: [remarkGfm, nestHeadingsUnder(3)] };

type MarkdownProps = {
  children: string;
  /** The level the text's top headings become (2 under a page title, 3 under a section). */
  headingBase?: 2 | 3;
};

// Parsing and highlighting a lesson costs ~10 ms of a reader request, and the same lessons are
// read again and again: the rendered tree of the last texts is kept (React elements are
// immutable, so one tree serves every request). Least recently used goes first.
const RENDERED_MAX = 100;
const rendered = new Map<string, ReactElement>();

function renderedTree(text: string, headingBase: 2 | 3): ReactElement {
  const key = `${headingBase}:${text}`;
  const cached = rendered.get(key);
  if (cached) {
    rendered.delete(key);
    rendered.set(key, cached);
    return cached;
  }
  const tree = ReactMarkdown({ children: text, remarkPlugins: byBase[headingBase], rehypePlugins, components, skipHtml: true });
  if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
  rendered.set(key, tree);
  return tree;
}

export function Markdown({ children, headingBase = 3 }: MarkdownProps) {
  return <div className="prose">{renderedTree(children, headingBase)}</div>;
}
