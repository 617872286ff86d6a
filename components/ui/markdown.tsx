// Renders user-written markdown safely: no rehype-raw, so raw HTML is never rendered, and
// react-markdown's default URL filter drops javascript: and other unsafe links.
import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { cx } from "./cx";

type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";

/** react-markdown passes its syntax-tree node to components; it must not reach the DOM. */
function domProps<T extends { node?: unknown }>(props: T): Omit<T, "node"> {
  const rest = { ...props };
  delete rest.node;
  return rest;
}

/** Markdown headings start below the page's own: "#" becomes `base`, "##" the next level. */
function headings(base: 2 | 3): Components {
  const tag = (level: number) => `h${Math.min(6, level + base - 1)}` as HeadingTag;
  const heading = (level: number) =>
    function Heading(props: ComponentProps<"h1"> & { node?: unknown }) {
      const Tag = tag(level);
      return <Tag {...domProps(props)} />;
    };
  return { h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5), h6: heading(6) };
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

const byBase = { 2: { ...headings(2), a: Anchor, img: Image }, 3: { ...headings(3), a: Anchor, img: Image } } satisfies Record<2 | 3, Components>;

type MarkdownProps = {
  children: string;
  /** The heading level a "#" in the text becomes (2 under a page title, 3 under a section). */
  headingBase?: 2 | 3;
  className?: string;
};

export function Markdown({ children, headingBase = 3, className }: MarkdownProps) {
  return (
    <div className={cx("prose", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={byBase[headingBase]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
