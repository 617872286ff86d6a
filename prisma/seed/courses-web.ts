import type { CourseSpec } from "./course-types";

export const webCourses: CourseSpec[] = [
  {
    slug: "modern-javascript-foundations",
    title: "Modern JavaScript Foundations",
    teacher: "teacher@example.com",
    category: "web-development",
    priceIDR: 0,
    daysAgo: 160,
    description: `Learn the JavaScript that powers every modern website, from variables to async code.

## What you will learn
- Values, functions and objects, and how \`let\`, \`const\` and scope behave
- Working with arrays using \`map\`, \`filter\` and \`reduce\`
- Promises and \`async\`/\`await\` without the confusion
- Talking to a real API with \`fetch\`

## Who this course is for
Beginners who have written a little HTML and want to make pages interactive.`,
    modules: [
      {
        title: "Getting started",
        description: "Set up your tools and write your first lines of JavaScript.",
        contents: [
          {
            type: "LESSON",
            title: "Values, variables and types",
            body: `JavaScript has a handful of primitive types: **string**, **number**, **boolean**, \`null\`, \`undefined\`, **bigint** and **symbol**.

\`\`\`js
const course = "JavaScript";
let lessonsDone = 3;
lessonsDone += 1;
\`\`\`

Prefer \`const\`; reach for \`let\` only when a value really changes.`,
          },
          { type: "VIDEO", title: "A tour of the browser console", url: "https://www.youtube.com/watch?v=W6NZfCO5SIk" },
          { type: "LINK", title: "MDN: JavaScript first steps", url: "https://developer.mozilla.org/en-US/docs/Learn/JavaScript/First_steps" },
        ],
      },
      {
        title: "Functions and collections",
        contents: [
          {
            type: "LESSON",
            title: "Transforming arrays",
            body: `Most data work is turning one list into another.

\`\`\`js
const prices = [120000, 45000, 99000];
const withTax = prices.map((p) => Math.round(p * 1.11));
const affordable = withTax.filter((p) => p < 100000);
const total = withTax.reduce((sum, p) => sum + p, 0);
\`\`\`

Each method returns a new array and leaves the original untouched.`,
          },
          { type: "FILE", title: "Array methods cheat sheet (PDF)", url: "https://example.com/files/js-array-cheatsheet.pdf" },
          {
            type: "QUIZ",
            title: "Check your understanding",
            body: "Three quick questions on variables and arrays. You need 2 of 3 to pass.",
            questions: [
              { prompt: "Which keyword declares a variable that cannot be reassigned?", options: [["const", true], ["let", false], ["var", false]] },
              { prompt: "What does [1, 2, 3].map((n) => n * 2) return?", options: [["[2, 4, 6]", true], ["12", false], ["[1, 2, 3]", false], ["6", false]] },
              { prompt: "Which methods return a new array?", points: 2, options: [["map", true], ["filter", true], ["forEach", false], ["push", false]] },
            ],
          },
        ],
      },
      {
        title: "Asynchronous JavaScript",
        contents: [
          {
            type: "LESSON",
            title: "Promises and async/await",
            body: `Network requests take time. \`async\` functions let you write that waiting in a straight line:

\`\`\`js
async function loadCourses() {
  const response = await fetch("/api/v1/courses?limit=3");
  const { data } = await response.json();
  return data.courses;
}
\`\`\``,
          },
          {
            type: "ASSIGNMENT",
            title: "Build a course search box",
            body: `Write a small page with a text input that lists course titles from \`/api/v1/courses?q=...\` as you type.

Submit a link to your code (GitHub, CodePen or similar) and one paragraph on how you avoided sending a request on every keystroke.`,
          },
        ],
      },
    ],
  },
  {
    slug: "typescript-for-production-teams",
    title: "TypeScript for Production Teams",
    teacher: "teacher@example.com",
    category: "web-development",
    priceIDR: 249000,
    daysAgo: 60,
    description: `Move a real codebase to TypeScript and keep it maintainable as the team grows.

## What you will learn
- Modelling data with types, unions and generics
- Strict mode settings that catch real bugs
- Validating input at the edges with zod
- Migrating a JavaScript project one file at a time

Includes a capstone project reviewed by the instructor.`,
    modules: [
      {
        title: "Types that describe your domain",
        contents: [
          {
            type: "LESSON",
            title: "Unions beat booleans",
            body: `A status is rarely just \`true\` or \`false\`:

\`\`\`ts
type Enrollment =
  | { status: "unpaid"; invoiceId: number }
  | { status: "in-progress"; progress: number }
  | { status: "completed"; certificateCode: string };
\`\`\`

The compiler now forces every \`switch\` to handle each case.`,
          },
          { type: "VIDEO", title: "Narrowing in practice", url: "https://www.youtube.com/watch?v=ahCwqrYpIuM" },
          { type: "LINK", title: "TypeScript Handbook: Narrowing", url: "https://www.typescriptlang.org/docs/handbook/2/narrowing.html" },
        ],
      },
      {
        title: "Strictness and validation",
        contents: [
          {
            type: "LESSON",
            title: "Validate at the edges",
            body: `Types vanish at run time. Parse untrusted input once, where it enters:

\`\`\`ts
const ZSignup = z.object({ email: z.email(), password: z.string().min(8) });
type Signup = z.infer<typeof ZSignup>;
\`\`\`

Everything behind that line can trust its types.`,
          },
          { type: "FILE", title: "Recommended tsconfig.json (PDF walkthrough)", url: "https://example.com/files/tsconfig-strict.pdf" },
          {
            type: "QUIZ",
            title: "Strict mode quiz",
            body: "Answer all three questions.",
            questions: [
              { prompt: "Which option makes array indexing return T | undefined?", options: [["noUncheckedIndexedAccess", true], ["strictNullChecks", false], ["noImplicitAny", false]] },
              { prompt: "Where should untrusted input be validated?", options: [["Where it enters the system", true], ["In every function that uses it", false], ["Only in the database", false]] },
              { prompt: "Which are valid ways to narrow a union?", points: 2, options: [["typeof checks", true], ["a discriminant property", true], ["a type assertion with as", false]] },
            ],
          },
        ],
      },
      {
        title: "Capstone",
        contents: [
          { type: "LESSON", title: "Migrating one file at a time", body: "Turn on `allowJs`, rename the leaf modules first, and keep CI green after every step. Measure progress by the number of `any` left." },
          { type: "ASSIGNMENT", title: "Type a legacy module", body: "Pick a JavaScript module of 200+ lines from a real project, convert it with strict mode on, and submit the diff with a short note on the bugs the compiler found." },
        ],
      },
    ],
  },
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
- Turning notes into clear, prioritised findings`,
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
    slug: "advanced-kubernetes-draft",
    title: "Advanced Kubernetes (Draft)",
    teacher: "teacher@example.com",
    category: "web-development",
    priceIDR: 349000,
    status: "DRAFT",
    daysAgo: 3,
    description: "Operators, autoscaling and zero-downtime deploys. *This course is still being written.*",
    modules: [
      {
        title: "Cluster architecture",
        contents: [
          { type: "LESSON", title: "Control plane and nodes", body: "The API server is the only component that talks to etcd." },
          { type: "LINK", title: "Kubernetes documentation", url: "https://kubernetes.io/docs/home/" },
        ],
      },
    ],
  },
];
