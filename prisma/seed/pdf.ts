// A small PDF writer for the demo handouts: A4 pages of Helvetica text (a title, headings,
// word-wrapped lines), so FILE contents download as real documents without a PDF library.
import type { DocumentSpec } from "./course-types";

const PAGE = { width: 595, height: 842, margin: 56 };
// Font resource, size and the distance from the previous line's baseline, in points.
const STYLES = {
  title: { font: "F2", size: 20, gap: 20 },
  heading: { font: "F2", size: 13, gap: 32 },
  line: { font: "F1", size: 11, gap: 16 },
} as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
// Helvetica's advance widths (thousandths of the font size) for ASCII 32-126, from its AFM.
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const widthOf = (text: string, size: number) => ([...text].reduce((sum, char) => sum + (HELVETICA[char.charCodeAt(0) - 32] ?? 556), 0) * size) / 1000;

type Line = { style: keyof typeof STYLES; text: string };

/** Splits at spaces into lines that fit the text width; a bullet's later lines are indented. */
function wrap(text: string, size: number): string[] {
  const indent = text.startsWith("- ") ? "  " : "";
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(candidate, size) <= TEXT_WIDTH || !current) current = candidate;
    else {
      lines.push(current);
      current = `${indent}${word}`;
    }
  }
  lines.push(current);
  return lines;
}

const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);

/** Drawing commands per page. */
function layOut(lines: Line[]): string[][] {
  const pages: string[][] = [[]];
  let y = PAGE.height - PAGE.margin;
  for (const { style, text } of lines) {
    const { font, size, gap } = STYLES[style];
    y -= gap;
    if (y < PAGE.margin) {
      pages.push([]);
      y = PAGE.height - PAGE.margin - size;
    }
    pages.at(-1)?.push(`BT /${font} ${size} Tf ${PAGE.margin} ${y} Td (${escape(text)}) Tj ET`);
  }
  return pages;
}

export function renderPdf(document: DocumentSpec): Uint8Array {
  const lines: Line[] = [
    { style: "title", text: document.title },
    ...document.sections.flatMap(({ heading, lines: body }): Line[] => [
      { style: "heading", text: heading },
      ...body.flatMap((line) => wrap(line, STYLES.line.size).map((text): Line => ({ style: "line", text }))),
    ]),
  ];
  // Helvetica's built-in encoding covers ASCII; anything else would print as the wrong glyph.
  const foreign = lines.find(({ text }) => !/^[\x20-\x7e]*$/.test(text));
  if (foreign) throw new Error(`Handout ${document.fileName} has a character outside printable ASCII in: ${foreign.text}`);

  const pages = layOut(lines);
  // Objects 1-4 are fixed; each page then takes two: the page and its content stream.
  const pageIds = pages.map((_, i) => 5 + 2 * i);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ...pages.flatMap((commands, i) => {
      const stream = commands.join("\n");
      return [
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${(pageIds[i] ?? 0) + 1} 0 R >>`,
        `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
      ];
    }),
    `<< /Title (${escape(document.title)}) /Producer (Lumen LMS demo data) >>`,
  ];

  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // ASCII only (checked above), so string offsets are byte offsets.
  return new TextEncoder().encode(pdf);
}
