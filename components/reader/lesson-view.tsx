import { Markdown } from "@/components/ui/markdown";
import type { ContentOf } from "./views";

/** A lesson's text; its headings start one level below the content's title. */
export function LessonView({ content, headingBase }: { content: ContentOf<"Lesson">; headingBase: 2 | 3 }) {
  return <Markdown headingBase={headingBase}>{content.body}</Markdown>;
}
