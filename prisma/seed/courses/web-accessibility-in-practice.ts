import { assignment, handout, lesson, link, question, quiz } from "../build";
import type { CourseSpec } from "../course-types";

// Published, but it opens three weeks after the seed runs: the catalog shows "Opens on …".
export const webAccessibilityInPractice: CourseSpec = {
  slug: "web-accessibility-in-practice",
  title: "Web Accessibility in Practice",
  teacher: "teacher@example.com",
  category: "web-development",
  priceIDR: 249000,
  daysAgo: 7,
  opensInDays: 21,
  description: `Build websites that everyone can use, including people who navigate by keyboard, screen reader or voice.

## What you will learn
- What the WCAG 2.2 guidelines ask for, in plain words
- Semantic HTML that gives you most of accessibility for free
- Testing a page with the keyboard, a screen reader and automated checks

## Who this course is for
Front-end developers and designers. You should be comfortable with HTML and CSS.`,
  modules: [
    {
      title: "Foundations",
      description: "Who accessibility is for, and the HTML that does most of the work.",
      contents: [
        lesson(
          "Who accessibility is for",
          `## More people than you think
Disabilities can be **permanent** (a blind user), **temporary** (a broken arm) or **situational** (bright sunlight on a phone screen, a noisy train). Designing for the first group helps all three.

## The four principles of WCAG
The Web Content Accessibility Guidelines group their requirements under four principles, often remembered as **POUR**:
- **Perceivable**: information can be seen, heard or read by assistive technology (text alternatives, captions, contrast)
- **Operable**: everything works with a keyboard and gives people enough time
- **Understandable**: text is readable, behaviour is predictable, errors are explained
- **Robust**: the markup works with current and future assistive technology

## Levels
Each requirement has a level: A, AA or AAA. Most laws and policies ask for **level AA**, which includes everything at level A.`,
        ),
        lesson(
          "Semantic HTML first",
          `## Use the element that means what you need
A \`<button>\` is focusable, works with Enter and Space, and is announced as a button. A \`<div>\` with a click handler is none of these until you add them by hand.

\`\`\`html
<!-- Avoid -->
<div class="btn" onclick="save()">Save</div>

<!-- Prefer -->
<button type="button" onclick="save()">Save</button>
\`\`\`

## Label every form control
\`\`\`html
<label for="email">Email address</label>
<input id="email" type="email" autocomplete="email">
\`\`\`

Clicking the label focuses the input, and screen readers read the label when the input gets focus. A placeholder is not a label: it disappears as soon as someone types.

## Give the page a structure
One \`<h1>\`, headings that do not skip levels, and landmarks (\`<header>\`, \`<nav>\`, \`<main>\`, \`<footer>\`) let screen-reader users jump straight to the part they need.`,
        ),
        link(
          "How to Meet WCAG (Quick Reference)",
          "https://www.w3.org/WAI/WCAG22/quickref/",
          "The W3C's searchable list of every WCAG 2.2 success criterion, with techniques and common failures.",
        ),
      ],
    },
    {
      title: "Testing",
      description: "Find problems before your users do.",
      contents: [
        lesson(
          "Keyboard and screen reader checks",
          `## The five-minute keyboard test
Put the mouse away and use only **Tab**, **Shift+Tab**, **Enter**, **Space** and the arrow keys:
1. Can you reach every link, button and form field?
2. Can you always see where the focus is?
3. Does the focus move in a sensible order?
4. Can you open *and close* menus and dialogs, and does the focus return where it was?

## Try a screen reader
Every major platform includes one: **VoiceOver** on macOS and iOS, **Narrator** on Windows, **TalkBack** on Android; **NVDA** is a free download for Windows. Navigate a page by headings and by form fields and listen to what is announced.

## Automated checks
Tools such as axe find missing labels, low contrast and invalid ARIA in seconds, but they catch only part of the problems. Use them on every change, and keep doing the manual tests.`,
        ),
        handout("Accessibility checklist", "A one-page checklist for reviewing a page before release.", {
          fileName: "accessibility-checklist.pdf",
          title: "Accessibility checklist for a page",
          sections: [
            {
              heading: "Structure",
              lines: ["- The page has one h1 and headings do not skip levels", "- Landmarks: header, nav, main, footer", "- The language of the page is set: <html lang=\"en\">"],
            },
            {
              heading: "Content",
              lines: [
                "- Images that carry meaning have alt text; decorative images have alt=\"\"",
                "- Text contrast is at least 4.5:1 (3:1 for large text)",
                "- Link text makes sense on its own (no \"click here\")",
              ],
            },
            {
              heading: "Interaction",
              lines: [
                "- Everything works with the keyboard alone, in a logical order",
                "- Focus is always visible",
                "- Form fields have labels; errors say what went wrong and how to fix it",
                "- Dialogs move focus in, trap it while open and return it when closed",
              ],
            },
          ],
        }),
        quiz(
          "Accessibility quiz",
          "Four questions. You need 80% to pass and have two attempts; the answers are not shown afterwards.",
          [
            question("Which level of WCAG do most laws and policies require?", [
              ["Level A", false],
              ["Level AA", true],
              ["Level AAA", false],
            ]),
            question("What is the minimum contrast ratio for normal-sized body text at level AA?", [
              ["3:1", false],
              ["4.5:1", true],
              ["7:1", false],
            ]),
            question("Why is a `<button>` better than a clickable `<div>`?", [
              ["It is focusable, works with Enter and Space, and is announced as a button", true],
              ["It loads faster", false],
              ["It cannot be styled, so it always looks familiar", false],
            ]),
            question(
              "Which of these can automated tools such as axe reliably detect?",
              [
                ["A form input without a label", true],
                ["Text with too little contrast against its background", true],
                ["Whether the alt text actually describes the image", false],
                ["Whether the focus order makes sense to a person", false],
              ],
              2,
            ),
          ],
          { passMark: 80, maxAttempts: 2, showCorrectAnswers: false },
        ),
        assignment(
          "Audit a page",
          `Choose a page of a real website (a sign-up or checkout page works well) and audit it.

## Steps
1. Run the five-minute keyboard test and note every problem.
2. Navigate the page with a screen reader by headings and by form fields.
3. Run an automated checker and compare its findings with yours.

## What to submit
- The URL of the page you audited.
- A list of the problems you found, each with the WCAG success criterion it fails and a suggested fix.`,
          { submissionKinds: ["TEXT", "URL"], dueInDays: 42 },
        ),
      ],
    },
  ],
};
