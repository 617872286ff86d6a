// The estimated reading time shown next to a lesson. Prose is read at about 200 words a
// minute; code is read more slowly, so a fenced block counts by its lines (about 10 a minute
// of careful reading, i.e. 20 words a line) rather than by its punctuation-split "words".
// Link targets, image addresses and markup are not read at all.

const WORDS_PER_MINUTE = 200;
const WORDS_PER_CODE_LINE = 20;

const FENCE = /^(?:```|~~~)[^\n]*\n([\s\S]*?)(?:^(?:```|~~~)[ \t]*$|(?![\s\S]))/gm;

function proseWords(markdown: string): number {
  const text = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes to read a markdown text, at least 1. */
export function readingMinutes(markdown: string): number {
  let codeLines = 0;
  const prose = markdown.replace(FENCE, (_, code: string) => {
    codeLines += code.split("\n").filter((line) => line.trim() !== "").length;
    return "\n";
  });
  const words = proseWords(prose) + codeLines * WORDS_PER_CODE_LINE;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
