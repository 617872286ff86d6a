import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const responsiveWebDesignCssGrid: CourseSpec = {
  slug: "responsive-web-design-css-grid",
  title: "Responsive Web Design with CSS Grid",
  teacher: "teacher@example.com",
  category: "design",
  priceIDR: 0,
  daysAgo: 120,
  description: `Design layouts that work on every screen, from a small phone to a wide monitor.

## What you will learn
- CSS Grid and Flexbox, and when to pick which
- Mobile-first media queries and fluid sizes with \`clamp()\`
- Source order, focus styles and colour contrast that keep a layout accessible

## Who this course is for
Anyone who knows basic HTML and CSS. No frameworks needed: just a text editor and a browser.`,
  modules: [
    {
      title: "Layout fundamentals",
      description: "Two-dimensional layout with a handful of properties.",
      contents: [
        lesson(
          "Your first grid",
          `## Turning on grid
\`display: grid\` makes an element a grid container; its direct children become grid items.

\`\`\`css
.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: 1.5rem;
}
\`\`\`

This one rule gives you a card grid that shows one column on a phone and four on a wide screen, with no media query.

## Reading the rule
- **fr** is a *fraction* of the free space: \`1fr 2fr\` gives the second column twice the width of the first
- **minmax(16rem, 1fr)**: each column is at least 16rem wide and at most one share of the space
- **repeat(auto-fill, ...)**: as many columns as fit
- **gap** sets the space between rows and columns, never at the outer edges

## Placing items
Items flow into the next free cell by default. To span, use \`grid-column: span 2\` or name lines: \`grid-column: 1 / -1\` stretches an item across the whole row.`,
        ),
        lesson(
          "Grid or Flexbox?",
          `Both lay out boxes; they think in different directions.

## Flexbox: one dimension
Flexbox arranges items in a **row or a column** and lets their content decide their size. It shines for toolbars, button groups and a label next to an input.

\`\`\`css
.toolbar {
  display: flex;
  align-items: center;
  gap: 0.5rem;
}
.toolbar .search { flex: 1; } /* takes the remaining space */
\`\`\`

## Grid: two dimensions
Grid defines **rows and columns together**, and the container decides the sizes. It shines for page layouts and card collections where items should line up both ways.

## A rule of thumb
Start from the content. If items should line up in columns *across rows*, use Grid. If each row can size itself, use Flexbox. Most pages use both: Grid for the page, Flexbox inside the components.`,
        ),
        video(
          "CSS Grid layout crash course (Traversy Media)",
          "https://www.youtube.com/watch?v=jV8B24rSN5o",
          "A half-hour walk through every grid property, building a responsive layout at the end.",
        ),
        link(
          "MDN: CSS grid layout",
          "https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout",
          "The reference for every grid property, with guides on line placement and named areas.",
        ),
      ],
    },
    {
      title: "Responsive details",
      description: "Adapt the layout, the type and the spacing to the screen.",
      contents: [
        lesson(
          "Mobile first with media queries",
          `## Start narrow
Write the base styles for the smallest screen, then *add* layout as space allows. The narrow layout is usually a single column, so the base CSS stays short.

\`\`\`css
.page {
  display: grid;
  gap: 1rem;
}

@media (min-width: 48rem) {
  .page {
    grid-template-columns: 16rem 1fr; /* sidebar and content */
  }
}
\`\`\`

## Pick breakpoints from the content
Do not design for particular devices. Widen the browser slowly and add a breakpoint where the layout starts to look stretched or cramped.

## Do not forget the viewport
Without this line in the \`<head>\`, phones render the page at desktop width and shrink it:

\`\`\`html
<meta name="viewport" content="width=device-width, initial-scale=1">
\`\`\``,
        ),
        lesson(
          "Fluid type and spacing with clamp()",
          `## One declaration instead of many breakpoints
\`clamp(minimum, preferred, maximum)\` picks the preferred value but never goes below the minimum or above the maximum:

\`\`\`css
h1 {
  font-size: clamp(1.75rem, 1.2rem + 2vw, 3rem);
}
\`\`\`

The heading grows smoothly with the viewport, is never smaller than 1.75rem on a phone and stops growing at 3rem.

## Keep rem in the formula
A preferred value of only \`vw\` ignores the reader's font-size setting and cannot be zoomed. Mixing \`rem\` and \`vw\`, as above, respects both.

## Spacing too
The same idea works for padding and gaps: \`padding-inline: clamp(1rem, 5vw, 3rem)\` gives narrow margins on phones and generous ones on large screens.`,
        ),
        handout("Breakpoint planning worksheet", "A worksheet to decide a page's breakpoints from its content before writing any CSS.", {
          fileName: "breakpoint-planning-worksheet.pdf",
          title: "Breakpoint planning worksheet",
          sections: [
            {
              heading: "1. List the content",
              lines: ["Write down every block on the page in reading order: header, navigation, main content, sidebar, footer."],
            },
            {
              heading: "2. Design the narrowest layout",
              lines: [
                "Sketch the page at 320 px wide as one column. Check that the reading order still makes sense.",
                "Note the minimum comfortable width of each block (for example, a card: 16rem).",
              ],
            },
            {
              heading: "3. Widen until it breaks",
              lines: [
                "Drag the browser wider. Mark the width where lines get too long (more than about 75 characters)",
                "or where two blocks would comfortably sit side by side. That width is a breakpoint.",
                "Breakpoint 1: ______ rem    Change: ______________________________",
                "Breakpoint 2: ______ rem    Change: ______________________________",
              ],
            },
            {
              heading: "4. Check",
              lines: [
                "- The DOM order matches the visual order at every width",
                "- Text can be zoomed to 200% without horizontal scrolling",
                "- Tap targets are at least 24 by 24 CSS pixels",
              ],
            },
          ],
        }),
        quiz(
          "Layout quiz",
          "Four questions on grid and responsive layout. You need 70% to pass; retake it as often as you like.",
          [
            question("Which property sets the space between grid rows and columns?", [
              ["margin", false],
              ["gap", true],
              ["padding", false],
            ]),
            question("What does `minmax(16rem, 1fr)` mean for a column?", [
              ["Exactly 16rem wide", false],
              ["At least 16rem, at most one share of the free space", true],
              ["Sixteen equal columns", false],
            ]),
            question("You are building a row of buttons whose widths depend on their labels. Which layout fits best?", [
              ["Flexbox", true],
              ["Grid with fixed columns", false],
              ["Absolute positioning", false],
            ]),
            question(
              "Which practices keep a responsive layout accessible?",
              [
                ["Visible focus styles", true],
                ["A DOM order that matches the visual order", true],
                ["Removing outlines to look cleaner", false],
                ["Font sizes set only in vw", false],
              ],
              2,
            ),
          ],
        ),
      ],
    },
    {
      title: "Accessible layouts and project",
      description: "Make sure everyone can use the layout, then build your own.",
      contents: [
        lesson(
          "Source order, focus and contrast",
          `## Visual order and DOM order
Grid can place items anywhere, but keyboard and screen-reader users move through the page in **DOM order**. If \`order\` or grid placement shows the items in a different sequence, the focus jumps around unpredictably. Rearrange the HTML instead.

## Focus styles
Never remove the outline without replacing it:

\`\`\`css
:focus-visible {
  outline: 3px solid #1d4ed8;
  outline-offset: 2px;
}
\`\`\`

## Contrast
WCAG asks for a contrast ratio of at least **4.5:1** for normal text and **3:1** for large text and for the boundaries of controls. Check colours with the contrast tool in your browser's developer tools before you commit to a palette.`,
        ),
        assignment(
          "Rebuild a landing page",
          `Recreate the layout of a landing page you like, using CSS Grid for the page structure.

## Requirements
- Mobile first: the base styles are for a narrow screen, with at most three breakpoints.
- At least one grid uses \`repeat(auto-fill, minmax(...))\` or named template areas.
- Keyboard focus is visible everywhere and the text passes WCAG AA contrast.

## What to submit
- A live URL (GitHub Pages, Netlify or similar).
- Screenshots at 375 px and 1280 px wide.`,
          { submissionKinds: ["URL", "FILE"], dueInDays: 21 },
        ),
      ],
    },
  ],
};
