// Design and business courses.
import type { CourseSpec } from "./course-types";

export const designBusinessCourses: CourseSpec[] = [
  {
    slug: "responsive-web-design-css-grid",
    title: "Responsive Web Design with CSS Grid",
    teacher: "teacher@example.com",
    category: "design",
    priceIDR: 0,
    daysAgo: 120,
    description: `Design layouts that work on every screen, from a 4-inch phone to a 32-inch monitor.

## What you will learn
- Grid and Flexbox, and when to pick which
- Fluid type and spacing with \`clamp()\`
- Accessible colour contrast and focus states

No frameworks needed: just HTML and CSS.`,
    modules: [
      {
        title: "Layout fundamentals",
        contents: [
          {
            type: "LESSON",
            title: "Your first grid",
            body: `\`\`\`css
.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: 1.5rem;
}
\`\`\`

One rule gives you a card grid that reflows from one to four columns.`,
          },
          { type: "VIDEO", title: "Grid in 20 minutes", url: "https://www.youtube.com/watch?v=EiNiSFIPIQE" },
          { type: "LINK", title: "MDN: CSS grid layout", url: "https://developer.mozilla.org/en-US/docs/Web/CSS/CSS_grid_layout" },
        ],
      },
      {
        title: "Responsive details",
        contents: [
          { type: "LESSON", title: "Fluid typography", body: "Use `font-size: clamp(1rem, 0.9rem + 0.5vw, 1.25rem);` so text grows with the screen but never gets too small or too large." },
          { type: "FILE", title: "Breakpoint planning worksheet (PDF)", url: "https://example.com/files/breakpoints-worksheet.pdf" },
          {
            type: "QUIZ",
            title: "Layout quiz",
            body: "Pick the best answer.",
            questions: [
              { prompt: "Which property creates the gap between grid items?", options: [["gap", true], ["margin", false], ["padding", false]] },
              { prompt: "What does minmax(16rem, 1fr) mean?", options: [["At least 16rem, at most one share of the space", true], ["Exactly 16rem", false], ["16 columns", false]] },
              { prompt: "Which help keyboard users?", points: 2, options: [["Visible focus styles", true], ["A logical DOM order", true], ["Removing outlines", false]] },
            ],
          },
        ],
      },
      {
        title: "Project",
        contents: [
          { type: "LESSON", title: "Designing mobile first", body: "Start from the narrowest screen, then add columns as space allows. It keeps the CSS small and the content order sensible." },
          { type: "ASSIGNMENT", title: "Rebuild a landing page", body: "Recreate the layout of a landing page you like with Grid. Submit a live URL and screenshots at 375px and 1280px." },
        ],
      },
    ],
  },
  {
    slug: "ux-research-essentials",
    title: "UX Research Essentials",
    teacher: "teacher@example.com",
    category: "design",
    priceIDR: 199000,
    daysAgo: 45,
    description: `Find out what your users actually need before you design or build anything.

## What you will learn
- Planning interviews that avoid leading questions
- Running a five-person usability test
- Turning notes into clear, prioritised findings

## Who this course is for
Designers, product managers and developers who want evidence before they build. No research background needed.`,
    modules: [
      {
        title: "Talking to users",
        contents: [
          { type: "LESSON", title: "Asking good questions", body: "Ask about the past, not the future: *\"Tell me about the last time you…\"* beats *\"Would you use…?\"*. Stay quiet longer than feels comfortable." },
          { type: "VIDEO", title: "An interview, annotated", url: "https://www.youtube.com/watch?v=kn7MFKf4k3Q" },
          { type: "LINK", title: "Nielsen Norman Group: User interviews", url: "https://www.nngroup.com/articles/user-interviews/" },
        ],
      },
      {
        title: "Usability testing",
        contents: [
          { type: "LESSON", title: "Five users are enough to start", body: "Five participants uncover most of the serious problems of a single flow. Fix them, then test again with five more." },
          { type: "FILE", title: "Test script template (PDF)", url: "https://example.com/files/usability-test-script.pdf" },
          {
            type: "QUIZ",
            title: "Research methods quiz",
            body: "Three questions on interviews and testing.",
            questions: [
              { prompt: "Which question is least leading?", options: [["Tell me about the last time you booked a course.", true], ["Wouldn't a search box help you?", false], ["Do you like our design?", false]] },
              { prompt: "How many participants does a first usability round need?", options: [["About five", true], ["At least fifty", false], ["One", false]] },
              { prompt: "Good findings are…", points: 2, options: [["Backed by observed behaviour", true], ["Prioritised by severity", true], ["Based on the designer's taste", false]] },
            ],
          },
        ],
      },
      {
        title: "Sharing results",
        contents: [
          { type: "LESSON", title: "Writing a findings report", body: "Lead with the three problems that matter most, show a clip or quote for each, and propose a next step." },
          { type: "ASSIGNMENT", title: "Run a mini study", body: "Test one flow of any app with three people. Submit your script, notes and a one-page summary of findings." },
        ],
      },
    ],
  },
  {
    slug: "digital-marketing-small-business",
    title: "Digital Marketing for Small Businesses",
    teacher: "teacher@example.com",
    category: "business-marketing",
    priceIDR: 149000,
    daysAgo: 75,
    description: `Reach more customers online on a small budget.

## What you will learn
- Setting up a Google Business Profile that gets found
- Social media content that sells without shouting
- Measuring what works with simple analytics

Examples come from warungs, studios and online shops across Indonesia.`,
    modules: [
      {
        title: "Being found",
        contents: [
          { type: "LESSON", title: "Local search first", body: "Most small businesses win customers within 5 km. A complete profile with photos, opening hours and replies to reviews beats any ad." },
          { type: "VIDEO", title: "Optimising a business profile", url: "https://www.youtube.com/watch?v=2zvlA9VhXQc" },
          { type: "LINK", title: "Google Business Profile help", url: "https://support.google.com/business/" },
        ],
      },
      {
        title: "Content and campaigns",
        contents: [
          { type: "LESSON", title: "The 80/20 content rule", body: "Make four of five posts useful or entertaining; let one in five ask for the sale." },
          { type: "FILE", title: "Content calendar template (PDF)", url: "https://example.com/files/content-calendar.pdf" },
          {
            type: "QUIZ",
            title: "Marketing basics quiz",
            body: "Three questions.",
            questions: [
              { prompt: "Where do most small businesses find new local customers?", options: [["Local search and maps", true], ["TV adverts", false], ["Cold calls", false]] },
              { prompt: "What share of posts should directly sell?", options: [["About one in five", true], ["All of them", false], ["None", false]] },
              { prompt: "Which are useful metrics?", points: 2, options: [["Cost per new customer", true], ["Repeat purchase rate", true], ["Number of likes alone", false]] },
            ],
          },
        ],
      },
      {
        title: "Your plan",
        contents: [
          { type: "LESSON", title: "A 30-day plan", body: "Pick one channel, one offer and one number to watch. Review after 30 days and keep what worked." },
          { type: "ASSIGNMENT", title: "Write your marketing plan", body: "Submit a one-page plan for a real or imagined business: audience, channel, offer, budget and the metric you will track." },
        ],
      },
    ],
  },
];
