// Web development courses, including the one draft and the one archived course.
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
    priceIDR: 250000,
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
    slug: "advanced-kubernetes-draft",
    title: "Advanced Kubernetes (Draft)",
    teacher: "teacher@example.com",
    category: "web-development",
    priceIDR: 349000,
    status: "DRAFT",
    daysAgo: 3,
    description: `Run production workloads on Kubernetes without waking up at 3 a.m.

## What you will learn
- How the control plane schedules and heals your workloads
- Horizontal autoscaling driven by real traffic
- Rolling and blue-green deploys with zero downtime

*This course is still being written and is not visible in the catalog yet.*`,
    modules: [
      {
        title: "Cluster architecture",
        description: "What runs where, and who talks to whom.",
        contents: [
          {
            type: "LESSON",
            title: "Control plane and nodes",
            body: `The **API server** is the only component that talks to etcd. Everything else, including \`kubectl\`, goes through it.

- **scheduler** picks a node for each new pod
- **controller manager** keeps the actual state close to the desired state
- **kubelet** runs on every node and starts the containers`,
          },
          { type: "VIDEO", title: "Kubernetes architecture explained", url: "https://www.youtube.com/watch?v=umXEmn3cMWY" },
          { type: "LINK", title: "Kubernetes documentation: cluster components", url: "https://kubernetes.io/docs/concepts/overview/components/" },
        ],
      },
      {
        title: "Scaling and deploys",
        contents: [
          {
            type: "LESSON",
            title: "Horizontal pod autoscaling",
            body: `\`\`\`yaml
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
spec:
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
\`\`\`

Set resource requests first: the autoscaler measures utilisation against them.`,
          },
          { type: "FILE", title: "Deployment strategies compared (PDF)", url: "https://example.com/files/k8s-deploy-strategies.pdf" },
          {
            type: "QUIZ",
            title: "Operations quiz",
            body: "Three questions on scheduling and scaling.",
            questions: [
              { prompt: "Which component is the only one that talks to etcd?", options: [["The API server", true], ["The kubelet", false], ["The scheduler", false]] },
              { prompt: "What must a pod declare for CPU autoscaling to work?", options: [["Resource requests", true], ["A liveness probe", false], ["A node selector", false]] },
              { prompt: "Which strategies avoid downtime?", points: 2, options: [["Rolling update", true], ["Blue-green", true], ["Recreate", false]] },
            ],
          },
          {
            type: "ASSIGNMENT",
            title: "Autoscale a demo service",
            body: "Deploy the sample service to a local cluster (kind or minikube), add an autoscaler, load-test it and submit your manifests with a screenshot of the replica count rising.",
          },
        ],
      },
    ],
  },
  {
    slug: "legacy-jquery-techniques",
    title: "Legacy jQuery Techniques",
    teacher: "teacher2@example.com",
    category: "web-development",
    priceIDR: 0,
    status: "ARCHIVED",
    daysAgo: 400,
    description: `Maintain older sites that still depend on jQuery.

## What you will learn
- Selecting and changing elements with \`$()\`
- Event handling and AJAX the jQuery way
- Replacing each pattern with plain modern JavaScript

*Archived: new learners should take Modern JavaScript Foundations instead.*`,
    modules: [
      {
        title: "Selectors and events",
        contents: [
          {
            type: "LESSON",
            title: "Selecting elements",
            body: `\`$('.card')\` selects every element with the class \`card\`; the modern equivalent is \`document.querySelectorAll('.card')\`.

\`\`\`js
$(".card").on("click", function () {
  $(this).toggleClass("open");
});
\`\`\``,
          },
          { type: "VIDEO", title: "jQuery in 10 minutes", url: "https://www.youtube.com/watch?v=BWXggB-T1jQ" },
          { type: "LINK", title: "jQuery API documentation", url: "https://api.jquery.com/" },
        ],
      },
      {
        title: "Moving on",
        contents: [
          { type: "FILE", title: "jQuery to plain JavaScript mapping (PDF)", url: "https://example.com/files/jquery-to-vanilla.pdf" },
          {
            type: "QUIZ",
            title: "jQuery quiz",
            body: "Three questions on selectors and their modern replacements.",
            questions: [
              { prompt: "What does $('.card') return?", options: [["A jQuery collection of every .card element", true], ["The first .card element only", false], ["A CSS string", false]] },
              { prompt: "Which native call replaces $.ajax for most uses?", options: [["fetch()", true], ["XMLHttpRequest.open() only", false], ["setTimeout()", false]] },
              { prompt: "Which native APIs replace common jQuery helpers?", points: 2, options: [["classList.toggle", true], ["addEventListener", true], ["document.write", false]] },
            ],
          },
          { type: "ASSIGNMENT", title: "Remove jQuery from a page", body: "Take a page that uses jQuery for one feature, rewrite that feature without it and submit the before and after code." },
        ],
      },
    ],
  },
];
